package cn.nianbao.cli;

import java.io.PrintStream;
import java.util.List;

import cn.nianbao.store.Member;
import cn.nianbao.store.MemberRole;
import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;

/**
 * {@code nianbao repo member list | add LOGIN officer|reviewer [UNIT] | remove LOGIN}: who has which role in a
 * team repository, by database login. Refusals (the single PC's file, a caller who is not a reviewer, a
 * repository that would be left without a reviewer) come from the repository as one line and exit code 2.
 */
final class RepoMembers {

    private static final String USAGE = "list | add LOGIN officer|reviewer [UNIT] | remove LOGIN";

    private final PrintStream out;
    private final CliText text;

    RepoMembers(PrintStream out, CliText text) {
        this.out = out;
        this.text = text;
    }

    int run(ReportRepository repository, RepoOptions options) throws RepositoryException, UsageException {
        List<String> args = options.arguments();
        String action = args.isEmpty() ? "" : args.get(0);
        switch (action) {
            case "list" -> list(repository, args);
            case "add" -> add(repository, args);
            case "remove" -> {
                requireCount(args, 2, 2);
                repository.changeMember(args.get(1), null, null);
                out.println(text.get("repo.memberRemoved", args.get(1)));
            }
            default -> throw new UsageException("missingArgument", "repo member", USAGE);
        }
        return ExitCode.OK;
    }

    private void list(ReportRepository repository, List<String> args) throws RepositoryException, UsageException {
        requireCount(args, 1, 1);
        List<Member> members = repository.members();
        if (members.isEmpty()) {
            out.println(text.get("repo.noMembers"));
        }
        for (Member m : members) {
            out.println(text.get("repo.memberLine", m.login(), role(m.role()), m.unit() == null ? "" : m.unit()));
        }
    }

    private void add(ReportRepository repository, List<String> args) throws RepositoryException, UsageException {
        requireCount(args, 3, 4);
        MemberRole role = MemberRole.parse(args.get(2))
                .orElseThrow(() -> new UsageException("badOption", "repo member add", args.get(2)));
        repository.changeMember(args.get(1), role, args.size() > 3 ? args.get(3) : null);
        out.println(text.get("repo.memberAdded", args.get(1), role(role)));
    }

    private String role(MemberRole role) {
        return text.pick(role.labelZh(), role.id());
    }

    private static void requireCount(List<String> args, int least, int most) throws UsageException {
        if (args.size() < least || args.size() > most) {
            throw new UsageException("missingArgument", "repo member", USAGE);
        }
    }
}
