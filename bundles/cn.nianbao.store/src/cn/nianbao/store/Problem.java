package cn.nianbao.store;

/** One finding of {@link ReportRepository#verify()}, in Chinese and English. */
public record Problem(String messageZh, String messageEn) {
}
