package io.github.cdilogin.it.callers;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginUser;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** What an EJB called from a servlet sees of the caller, next to the servlet API and {@code @CurrentUser}. */
public final class CallerServlets {

    private CallerServlets() {
    }

    /**
     * The EJB's caller, the servlet's principal and the {@code @CurrentUser} injection, in one request. Its
     * {@code @DeclareRoles} declares the role to the web module, as every application that asks the
     * container about a role must (the README's one step): GlassFish and Payara map a group only to a
     * declared role.
     */
    @WebServlet("/ejb")
    @DeclareRoles("admin")
    public static class Caller extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @EJB
        CallerBean bean;

        @Inject
        @CurrentUser
        LoginUser user;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print(bean.caller() + " principal="
                    + (request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName())
                    + " currentUser=" + user.getId());
        }
    }

    /** Calls the EJB's admin-only method: its answer, or {@code refused} when the container refused the call. */
    @WebServlet("/ejb/admin")
    public static class Admin extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @EJB
        CallerBean bean;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String answer;
            try {
                answer = bean.adminOnly();
            } catch (EJBAccessException refused) {
                answer = "refused";
            }
            response.setContentType("text/plain");
            response.getWriter().print(answer);
        }
    }

    /**
     * Calls the EJB's admin-only method and lets a refusal through, for the library's filter to answer. With
     * {@code writer=first} it takes the response's writer and writes to it first, as a page that prints as it
     * goes does: the library's answer must then be written with the writer, the output stream being barred.
     */
    @WebServlet("/ejb/admin/uncaught")
    public static class Uncaught extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @EJB
        CallerBean bean;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            if ("first".equals(request.getParameter("writer"))) {
                response.getWriter().print("started ");
            }
            String answer = bean.adminOnly();
            response.getWriter().print(answer);
        }
    }

    /** How often the EJB's admin-only method ran. */
    @WebServlet("/ejb/runs")
    public static class Runs extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().print(CallerBean.ADMIN_RUNS.get());
        }
    }
}
