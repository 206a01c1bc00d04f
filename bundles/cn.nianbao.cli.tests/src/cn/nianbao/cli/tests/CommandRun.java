package cn.nianbao.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import cn.nianbao.cli.CliText;
import cn.nianbao.cli.NianbaoCommandLine;

/** One run of the command line in this process, with what it printed and its exit code. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun inLanguage(String language, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = new NianbaoCommandLine(outStream, errStream, CliText.forLanguage(language)).run(args);
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CommandRun of(String... args) {
        return inLanguage("en", args);
    }
}
