package cn.nianbao.store;

import java.util.List;

/**
 * What the {@code review} of a {@code .nianbao} file brought into the repository when the file was saved
 * there: comments new to the repository, done marks applied, the file's status changes that followed on
 * from the repository's status, and those the workflow refused (each with the reason, for the user).
 */
public record CarriedReview(int commentsAdded, int commentsDone, int statusChanges, List<RefusedStep> refused) {

    /** A file without a review, or one with nothing new. */
    public static final CarriedReview NONE = new CarriedReview(0, 0, 0, List.of());

    /** A status change of the file that was not applied, and why. */
    public record RefusedStep(String messageZh, String messageEn) {
    }

    public CarriedReview {
        refused = List.copyOf(refused);
    }

    /** True when the file brought something the repository did not have. */
    public boolean changedAnything() {
        return commentsAdded + commentsDone + statusChanges > 0;
    }
}
