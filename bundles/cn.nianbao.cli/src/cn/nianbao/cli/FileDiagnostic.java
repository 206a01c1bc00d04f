package cn.nianbao.cli;

import cn.nianbao.validation.Diagnostic;

/** A diagnostic with the file it was found in, as the command line reports it. */
record FileDiagnostic(String file, Diagnostic diagnostic) {
}
