package org.issuepress.proof;

/** The four kinds of finding, each with its code (the catalogue key's first part) and its standard. */
public enum Kind {
    /** GB/T 15834-2011 标点符号用法 */
    PUNCT("proof-punct"),
    /** GB/T 15835-2011 出版物上数字用法 */
    NUMBER("proof-number"),
    /** GF 1001-2001, 《通用规范汉字表》, fixed expressions, one spelling of a name */
    WORD("proof-word"),
    /** 出版形式: what the cover and the imprint say of the issue */
    FORM("proof-form");

    private final String code;

    Kind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Kind ofCode(String code) {
        for (Kind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        return null;
    }
}
