<%-- Shown to fresh logins only (SettingsServlet is @FreshLoginRequired). --%>
<%@ page session="false" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>Settings</title></head>
<body>
<h1>Settings</h1>
<p>Settings of <strong><c:out value="${currentUser.id}"/></strong>: your login is fresh, so this page
   could let you change your password.</p>
<p><a href="${pageContext.request.contextPath}/profile">Profile</a></p>
<form method="post" action="${pageContext.request.contextPath}/logout"><button type="submit">Log out</button></form>
</body>
</html>
