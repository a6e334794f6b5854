<%-- Shown to fresh logins only (SettingsServlet is @FreshLoginRequired). --%>
<%@ page session="false" contentType="text/html; charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>Settings</title></head>
<body>
<h1>Settings</h1>
<p>Settings of <strong><c:out value="${currentUser.id}"/></strong>: your login is fresh, so this page
   lets you change your password.</p>
<p><a href="${pageContext.request.contextPath}/profile">Profile</a></p>

<h2>Your devices</h2>
<c:choose>
  <c:when test="${empty devices}"><p>No device remembers you.</p></c:when>
  <c:otherwise>
    <ul>
      <c:forEach var="device" items="${devices}">
        <li class="device"><c:out value="${device.agent()}"/><c:if test="${device.current()}"><strong> (this device)</strong></c:if>,
          remembered since <c:out value="${device.createdAt()}"/>, last used <c:out value="${device.lastUsed()}"/>
          <form method="post" action="${pageContext.request.contextPath}/settings/devices">
            <input type="hidden" name="device" value="<c:out value='${device.id()}'/>">
            <button type="submit">log out</button>
          </form></li>
      </c:forEach>
    </ul>
    <form method="post" action="${pageContext.request.contextPath}/settings/devices">
      <input type="hidden" name="others" value="on">
      <button type="submit">log out all other devices</button>
    </form>
  </c:otherwise>
</c:choose>

<h2>Change password</h2>
<c:if test="${not empty passwordError}"><p role="alert"><strong><c:out value="${passwordError}"/></strong></p></c:if>
<form method="post" action="${pageContext.request.contextPath}/settings/password">
  <p><label for="password">Current password</label>
     <input id="password" name="password" type="password" autocomplete="current-password" required></p>
  <p><label for="new_password">New password</label>
     <input id="new_password" name="new_password" type="password" autocomplete="new-password" required></p>
  <p><button type="submit">Change password</button></p>
</form>

<form method="post" action="${pageContext.request.contextPath}/logout"><button type="submit">Log out</button></form>
</body>
</html>
