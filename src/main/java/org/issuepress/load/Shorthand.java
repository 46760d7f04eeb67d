package org.issuepress.load;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record the editor may also write as a single value: that value is its key {@link #value()}
 * and every other key is left out (an article written as its file, or as a mapping with a plan).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Shorthand {
    String value();
}
