<%-- Asks for the password again, to make a remembered login fresh. --%>
<%@ page session="false" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>Confirm your password</title></head>
<body>
<h1>Confirm your password</h1>
<p>Please reauthenticate to access this page.</p>
<c:if test="${not empty error}"><p role="alert"><strong><c:out value="${error}"/></strong></p></c:if>
<form method="post" action="${pageContext.request.contextPath}/reauth">
  <p>Logged in as <strong><c:out value="${currentUser.id}"/></strong></p>
  <p><label for="password">Password</label>
     <input id="password" name="password" type="password" autocomplete="current-password" required></p>
  <input type="hidden" name="next" value="<c:out value='${param.next}'/>">
  <p><button type="submit">Confirm</button></p>
</form>
</body>
</html>
