/* The texts the launcher shows. Both languages in one message: the launcher runs before any locale choice
 * of Nianbao's, and an officer who reads either language must understand what to install. */
#ifndef NIANBAO_MESSAGES_H
#define NIANBAO_MESSAGES_H

#define MSG_TITLE L"年报 Nianbao"

#define MSG_NO_JAVA \
    L"年报需要 Java 21 或更高版本，但在本机上没有找到。\n" \
    L"请安装 JDK 21 或更高版本（例如 Eclipse Temurin 21，https://adoptium.net/zh-CN/），" \
    L"或将环境变量 JAVA_HOME 设为其安装文件夹，然后再启动年报。\n\n" \
    L"Nianbao needs Java 21 or newer and found none on this computer.\n" \
    L"Install a JDK 21 or newer (for example Eclipse Temurin 21, https://adoptium.net/) " \
    L"or set JAVA_HOME to its folder, then start Nianbao again."

#define MSG_INCOMPLETE \
    L"年报的安装不完整（plugins 文件夹中没有 Equinox 启动器）。请重新安装。\n\n" \
    L"The Nianbao installation is incomplete (no Equinox launcher jar in the plugins folder). Please reinstall."

#define MSG_START_FAILED \
    L"无法启动 Java 运行时。\n\nJava could not be started: "

#endif
