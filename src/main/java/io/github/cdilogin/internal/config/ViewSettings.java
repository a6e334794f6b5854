package io.github.cdilogin.internal.config;

import java.util.List;

/**
 * Where refused page requests are sent, and what they are told there.
 *
 * @param loginView where anonymous users are sent ({@code login_view}); {@code null}: answer 401
 * @param loginViews per path prefix, longest prefix first ({@code blueprint_login_views})
 * @param refreshView where stale logins are sent ({@code refresh_view}); {@code null}: answer 401
 * @param useSessionForNext keep {@code next} in the session, not the query ({@code USE_SESSION_FOR_NEXT})
 * @param redirectOrigin {@code scheme://host[:port]} put in front of the library's redirects
 *                       ({@code FORCE_HOST_FOR_REDIRECTS}); {@code null}: relative redirects
 * @param loginMessage the text a login page shows ({@code login_message}); empty: none
 * @param refreshMessage the text a refresh page shows ({@code needs_refresh_message}); empty: none
 * @param messageBundle a ResourceBundle base name that localises both messages; {@code null}: none
 */
public record ViewSettings(String loginView, List<PrefixView> loginViews, String refreshView,
                           boolean useSessionForNext, String redirectOrigin, String loginMessage,
                           String refreshMessage, String messageBundle) {

    public ViewSettings {
        loginViews = List.copyOf(loginViews);
    }

    /**
     * @param path a request's servlet path and path info
     * @return the login view for it: the longest matching prefix's, else the default one
     */
    public String loginViewFor(String path) {
        for (PrefixView view : loginViews) {
            if (Prefixes.covers(view.prefix(), path)) {
                return view.view();
            }
        }
        return loginView;
    }

    /**
     * A login view for the requests under one path prefix.
     *
     * @param prefix the path prefix
     * @param view the login view for it
     */
    public record PrefixView(String prefix, String view) {
    }
}
