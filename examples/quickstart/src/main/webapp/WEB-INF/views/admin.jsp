<%-- Shown to admins only (AdminServlet). --%>
<%@ page session="false" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>Admin</title></head>
<body>
<h1>Admin</h1>
<p>Logged in as <strong><c:out value="${pageContext.request.remoteUser}"/></strong>, who has the role admin.</p>
<ul>
  <li><a href="${pageContext.request.contextPath}/profile">Profile</a></li>
  <li><a href="${pageContext.request.contextPath}/">Home</a></li>
</ul>
</body>
</html>
