package dev.seawall.core.internal.http;

import dev.seawall.core.Page;
import dev.seawall.core.SeawallException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks a list operation page by page, on demand. The next page is the one {@code links.pages.next}
 * names, but it is always requested from the configured base URL and the list path: only the link's
 * query (page, per_page...) is taken, so the token is never sent to a host the response chose.
 * Items whose id was already seen are dropped; after the last page the number of distinct items
 * must equal {@code meta.total}. The walk always ends: a next link to a page already read, or from
 * a page that brought no new item (empty, or only repeats), fails with a {@link SeawallException}.
 */
final class ListAllSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
  private static final Logger LOG = LoggerFactory.getLogger(ListAllSpliterator.class);

  private final String operationId;
  private final Function<HttpUrl, Page<T>> fetch;
  private final Function<? super T, ?> id;
  private final Set<Object> seen = new HashSet<>();
  private final Set<String> visited = new HashSet<>();
  private HttpUrl nextUrl;
  private boolean exhausted;
  private long total = -1;
  private int seenBeforeLastPage;
  private Iterator<T> current = java.util.Collections.emptyIterator();

  ListAllSpliterator(
      String operationId,
      HttpUrl first,
      Function<HttpUrl, Page<T>> fetch,
      Function<? super T, ?> id) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT);
    this.operationId = operationId;
    this.nextUrl = first;
    this.fetch = fetch;
    this.id = id;
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    while (true) {
      while (current.hasNext()) {
        T item = current.next();
        if (seen.add(Objects.requireNonNull(id.apply(item), "id"))) {
          action.accept(item);
          return true;
        }
        LOG.debug("{}: dropped an item repeated across pages", operationId);
      }
      if (exhausted) {
        return false;
      }
      fetchNext();
    }
  }

  private void fetchNext() {
    HttpUrl url = nextUrl;
    if (!visited.add(String.valueOf(url.encodedQuery()))) {
      throw new SeawallException(
          operationId
              + ": links.pages.next points back to a page already read; stopping the listing.");
    }
    if (visited.size() > 1 && seen.size() == seenBeforeLastPage) {
      // Pages without a single new item (page=2, 3, 4... all empty or repeated) could go on
      // forever.
      throw new SeawallException(
          operationId
              + ": a page without any new item names a next page (links.pages.next); stopping the"
              + " listing instead of following it.");
    }
    seenBeforeLastPage = seen.size();
    Page<T> page = fetch.apply(url);
    current = page.items().iterator();
    if (page.total() >= 0) {
      total = page.total();
    }
    if (page.next().isPresent()) {
      nextUrl = follow(url, page.next().get());
    } else {
      exhausted = true;
      current = new CheckingIterator(current);
    }
  }

  private HttpUrl follow(HttpUrl current, String link) {
    HttpUrl next = HttpUrl.parse(link);
    if (next == null) {
      next = current.resolve(link);
    }
    if (next == null || !next.encodedPath().endsWith(stripPrefix(current))) {
      throw new SeawallException(
          operationId
              + ": links.pages.next is not a further page of the same list; refusing to follow it.");
    }
    if (!next.host().equalsIgnoreCase(current.host()) || next.port() != current.port()) {
      LOG.debug(
          "{}: links.pages.next names host {}; requesting the page from the configured base URL",
          operationId,
          next.host());
    }
    return current.newBuilder().encodedQuery(next.encodedQuery()).build();
  }

  private static String stripPrefix(HttpUrl url) {
    String path = url.encodedPath();
    int v2 = path.indexOf("/v2/");
    return v2 >= 0 ? path.substring(v2) : path;
  }

  /** Passes the last page's items through and checks {@code meta.total} once they are used up. */
  private final class CheckingIterator implements Iterator<T> {
    private final Iterator<T> delegate;
    private boolean checked;

    CheckingIterator(Iterator<T> delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean hasNext() {
      if (delegate.hasNext()) {
        return true;
      }
      if (!checked) {
        checked = true;
        checkTotal();
      }
      return false;
    }

    @Override
    public T next() {
      return delegate.next();
    }
  }

  private void checkTotal() {
    if (total >= 0 && seen.size() != total) {
      throw new SeawallException(
          operationId
              + ": read "
              + seen.size()
              + " distinct items but meta.total is "
              + total
              + "; the collection changed while it was being listed. List it again.");
    }
  }
}
