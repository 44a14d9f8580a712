package dev.seawall.compute.droplet.internal;

import java.util.List;
import java.util.Optional;

/**
 * The {@code links} of a {@code droplets_create} response: the actions that track the creation.
 *
 * @param actions the action links
 */
public record CreateLinks(List<ActionLink> actions) {
  /** No links (the droplet was found rather than created by this request). */
  public static final CreateLinks NONE = new CreateLinks(List.of());

  /** Copies the list. */
  public CreateLinks {
    actions = List.copyOf(actions);
  }

  /** The id of the {@code create} action, else of the first action. */
  public Optional<Long> createActionId() {
    return actions.stream()
        .filter(a -> a.rel().equals("create"))
        .findFirst()
        .or(() -> actions.stream().findFirst())
        .map(ActionLink::id)
        .filter(id -> id > 0);
  }

  /**
   * One action link.
   *
   * @param id the action id
   * @param rel the relation, e.g. {@code create}
   * @param href the action URL
   */
  public record ActionLink(long id, String rel, String href) {}
}
