package io.github.cdilogin.it.guards.ejb;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Unguarded servlets that call the guarded EJB and session bean and let a refusal through, for the
 * library's filter to answer; and the counts of the guarded methods' runs.
 */
public final class EjbGuardServlets {

    private EjbGuardServlets() {
    }

    /** {@code /ejb-guard/members}, {@code /fresh}, {@code /public}, {@code /basket}, {@code /archive}, {@code /archive/public}: one call each. */
    @WebServlet("/ejb-guard/*")
    public static class Calls extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @EJB
        MemberReports reports;

        @EJB
        MemberArchive archive;

        @Inject
        MemberBasket basket;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String answer = switch (String.valueOf(request.getPathInfo())) {
                case "/members" -> reports.forMembers();
                case "/fresh" -> reports.forFreshLogins();
                case "/public" -> reports.forAll();
                case "/basket" -> basket.contents();
                case "/archive" -> archive.forMembers();
                case "/archive/public" -> archive.forAll();
                default -> null;
            };
            if (answer == null) {
                response.sendError(404);
                return;
            }
            response.setContentType("text/plain");
            response.getWriter().print(answer);
        }
    }

    /** {@code /ejb-guard-runs}: how often each guarded method ran. */
    @WebServlet("/ejb-guard-runs")
    public static class Runs extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print("members=" + MemberReports.MEMBER_RUNS.get() + " fresh=" + MemberReports.FRESH_RUNS.get()
                    + " basket=" + MemberBasket.RUNS.get() + " archive=" + MemberArchiveBean.RUNS.get());
        }
    }
}
