<%-- The login form. <c:out> escapes every value that comes from the request. --%>
<%@ page session="false" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>Log in</title></head>
<body>
<h1>Log in</h1>
<c:if test="${not empty param.next}"><p>Please log in to access this page.</p></c:if>
<c:if test="${not empty error}"><p role="alert"><strong><c:out value="${error}"/></strong></p></c:if>
<form method="post" action="${pageContext.request.contextPath}/login">
  <p><label for="username">Username</label>
     <input id="username" name="username" autocomplete="username" required
            value="<c:out value='${param.username}'/>"></p>
  <p><label for="password">Password</label>
     <input id="password" name="password" type="password" autocomplete="current-password" required></p>
  <p><input id="remember" name="remember" type="checkbox">
     <label for="remember">Remember me</label></p>
  <input type="hidden" name="next" value="<c:out value='${param.next}'/>">
  <p><button type="submit">Log in</button></p>
</form>
<p>Try alice / wonderland, bob / builder, or mallory / locked (disabled): rows of the app_user table.</p>
<p><a href="${pageContext.request.contextPath}/">Home</a></p>
</body>
</html>
