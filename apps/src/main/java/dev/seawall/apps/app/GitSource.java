package dev.seawall.apps.app;

import java.util.Objects;

/**
 * A git repository: a public clone URL ({@code git}) or a repository of a connected GitHub, GitLab
 * or Bitbucket account.
 *
 * @param provider {@code git}, {@code github}, {@code gitlab} or {@code bitbucket} (the spec field)
 * @param repo the clone URL for {@code git}, else {@code owner/repo}
 * @param branch the branch
 * @param deployOnPush whether new commits deploy automatically (not for {@code git})
 */
public record GitSource(String provider, String repo, String branch, boolean deployOnPush)
    implements Source {
  /** Validates the components. */
  public GitSource {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(repo, "repo");
    Objects.requireNonNull(branch, "branch");
  }

  /** A repository of the connected GitHub account, e.g. {@code github("acme/api", "main")}. */
  public static GitSource github(String repo, String branch) {
    return new GitSource("github", repo, branch, false);
  }

  /** A public repository by its HTTPS clone URL. */
  public static GitSource git(String cloneUrl, String branch) {
    return new GitSource("git", cloneUrl, branch, false);
  }

  /** This source, deploying every push to the branch. */
  public GitSource deployingOnPush() {
    return new GitSource(provider, repo, branch, true);
  }

  @Override
  public String toString() {
    return provider + " " + repo + "#" + branch + (deployOnPush ? " (deploy on push)" : "");
  }
}
