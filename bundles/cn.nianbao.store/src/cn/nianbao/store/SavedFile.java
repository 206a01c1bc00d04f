package cn.nianbao.store;

/**
 * A report saved into the repository ({@code repo save}, 提交新版本): the revision it is now (a new one, or
 * the current one when the content was unchanged) and what its review brought with it.
 */
public record SavedFile(Revision revision, CarriedReview review) {
}
