/**
 * What an application implements for cdi-login: {@link io.github.cdilogin.spi.UserLoader} (always,
 * unless all users come from a {@link io.github.cdilogin.spi.RequestLoader}) and the optional
 * {@link io.github.cdilogin.spi.RequestLoader}.
 */
package io.github.cdilogin.spi;
