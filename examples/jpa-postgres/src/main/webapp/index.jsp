<%-- The home page. ${currentUser} is cdi-login's named bean: the user of this request, or the anonymous
     user, whose id is empty. session="false": showing a page must not create a session. --%>
<%@ page session="false" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>cdi-login: users in PostgreSQL</title></head>
<body>
<h1>Hello, <c:out value="${empty currentUser.id ? 'anonymous' : currentUser.id}"/></h1>
<ul>
  <li><a href="profile">Profile</a> (login required)</li>
  <li><a href="api/me">api/me</a>, <a href="api/public">api/public</a> (JSON)</li>
</ul>
<c:choose>
  <c:when test="${empty currentUser.id}">
    <p><a href="login">Log in</a></p>
  </c:when>
  <c:otherwise>
    <form method="post" action="logout"><button type="submit">Log out</button></form>
  </c:otherwise>
</c:choose>
</body>
</html>
