<%-- A logged-in user without the role a page asks for (AdminServlet). --%>
<%@ page session="false" contentType="text/html; charset=UTF-8" %>
<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>Forbidden</title></head>
<body>
<h1>Forbidden</h1>
<p>This page is for admins.</p>
<p><a href="${pageContext.request.contextPath}/">Home</a></p>
</body>
</html>
