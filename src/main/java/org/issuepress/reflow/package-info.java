/**
 * The reflowable editions, made from the model (never from the PDF): the EPUB for phone and
 * e-reader, and the WeChat articles. Text reflows to the reader's screen; the printed folios
 * stay findable through the EPUB's page list.
 */
package org.issuepress.reflow;
