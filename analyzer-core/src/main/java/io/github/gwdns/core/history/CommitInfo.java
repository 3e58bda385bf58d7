package io.github.gwdns.core.history;

import java.time.Instant;
import org.eclipse.jgit.revwalk.RevCommit;

/** A commit as people name it: SHA, author, date and subject. */
public record CommitInfo(String sha, String author, Instant date, String subject) {

  static CommitInfo of(RevCommit c) {
    return new CommitInfo(
        c.name(),
        c.getAuthorIdent().getName(),
        Instant.ofEpochSecond(c.getCommitTime()),
        c.getShortMessage());
  }

  /** The first 12 characters of the SHA. */
  public String shortSha() {
    return sha.substring(0, Math.min(12, sha.length()));
  }
}
