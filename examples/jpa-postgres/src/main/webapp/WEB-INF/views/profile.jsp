<%-- Shown to logged-in users only (ProfileServlet is @LoginRequired). --%>
<%@ page session="false" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>Profile</title></head>
<body>
<h1>Profile</h1>
<p>Logged in as <strong><c:out value="${currentUser.id}"/></strong> (<c:out value="${currentUser.name()}"/>),
   read from the database for this request.</p>
<p>Remembered: <c:out value="${remembered ? 'yes' : 'no'}"/>.</p>
<p><a href="${pageContext.request.contextPath}/">Home</a></p>
<form method="post" action="${pageContext.request.contextPath}/logout"><button type="submit">Log out</button></form>
</body>
</html>
