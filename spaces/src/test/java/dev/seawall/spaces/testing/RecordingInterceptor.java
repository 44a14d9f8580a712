package dev.seawall.spaces.testing;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Records method, path, query and header names (lowercase) of every request sent. */
public final class RecordingInterceptor implements Interceptor {
  /** One recorded request. */
  public record Recorded(
      String method, String path, String query, Set<String> headerNames, int status) {
    /** Whether the header was sent. */
    public boolean has(String name) {
      return headerNames.contains(name.toLowerCase(Locale.ROOT));
    }
  }

  private final List<Recorded> requests = new CopyOnWriteArrayList<>();

  @Override
  public Response intercept(Chain chain) throws IOException {
    var request = chain.request();
    Set<String> names = new TreeSet<>();
    request.headers().names().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
    Response response = chain.proceed(request);
    String query = request.url().encodedQuery();
    requests.add(
        new Recorded(
            request.method(),
            request.url().encodedPath(),
            query == null ? "" : query,
            names,
            response.code()));
    return response;
  }

  /** Every request recorded so far. */
  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  /** Forgets the recorded requests. */
  public void clear() {
    requests.clear();
  }
}
