package cn.nianbao.cli;

import java.nio.file.Path;

import cn.nianbao.store.ReportRepository;
import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.ServerAddress;

/**
 * The repository a command works on: the server named by {@code --repository} or the environment variable
 * {@value ServerAddress#REPOSITORY_ENV}, with the password from {@value ServerAddress#PASSWORD_ENV} (never
 * from the command line); else the H2 file of the data folder.
 */
public final class Repositories {

    private Repositories() {
    }

    public static ReportRepository open(Path data, String repository) throws RepositoryException {
        String address = repository != null ? repository : System.getenv(ServerAddress.REPOSITORY_ENV);
        if (address == null || address.isBlank()) {
            return ReportRepository.open(data);
        }
        return ReportRepository.open(data, ServerAddress.parse(address), System.getenv(ServerAddress.PASSWORD_ENV));
    }

    /** True when the command works on a server, where a backup is not restored in place. */
    static boolean server(String repository) {
        String address = repository != null ? repository : System.getenv(ServerAddress.REPOSITORY_ENV);
        return address != null && !address.isBlank();
    }
}
