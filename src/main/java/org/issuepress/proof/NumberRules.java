package org.issuepress.proof;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GB/T 15835-2011 出版物上数字用法, the parts a tool can be sure of: one form within a date
 * (5.1.1 同类别同形式: 二〇二〇年八月 or 2020年8月, never 二〇二〇年8月), two adjacent numerals of an
 * approximation without 顿号 (5.2.3: 三五天), 约/近 with 左右/上下 on one number (redundant, a 语病),
 * and a thousands comma in Chinese text (5.1.3 writes 千分空 for long numbers; reported, not changed).
 */
final class NumberRules implements Rule {
    private static final String CN = "〇零一二三四五六七八九十";
    private static final Pattern CN_YEAR_ARABIC_MONTH = Pattern.compile("([〇零一二三四五六七八九]{4})年(\\d{1,2})月(?:(\\d{1,2})日)?");
    private static final Pattern ARABIC_YEAR_CN_MONTH = Pattern.compile("(?<!\\d)(\\d{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?");
    private static final Pattern ARABIC_MONTH_CN_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})月([一二三四五六七八九十]{1,3})日");
    private static final Pattern APPROXIMATE = Pattern.compile("(一、两|两、三|三、四|三、五|四、五|五、六|六、七|七、八|八、九)(?=[十百千万]?[天年月日人个次岁家户名元斤亩里米位只条遍])");
    private static final Pattern ABOUT = Pattern.compile("(大约|大概|约|近)([\\d.]+|[一二三四五六七八九十百千万两]+)([^，。；、！？\\s]{0,4}?)(左右|上下)");
    /** the first chars of words ending in 约 or 近 (节约, 制约, 签约 …; 接近, 附近, 将近 …) */
    private static final String WORD_BEFORE = "节制契签预合公条邀简隐婉履违失赴相特集守立解践毁誓有之接将最附靠亲临就远邻";
    private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\d,])");

    @Override
    public void check(Passage p, Consumer<Hit> out) {
        String t = p.text();
        Matcher m = CN_YEAR_ARABIC_MONTH.matcher(t);
        while (m.find()) {
            out.accept(new Hit(Kind.NUMBER, "date-form", p, m.start(), m.end(),
                    arabic(m.group(1)) + "年" + m.group(2) + "月" + (m.group(3) == null ? "" : m.group(3) + "日")));
        }
        m = ARABIC_YEAR_CN_MONTH.matcher(t);
        while (m.find()) {
            out.accept(new Hit(Kind.NUMBER, "date-form", p, m.start(), m.end(),
                    m.group(1) + "年" + value(m.group(2)) + "月" + (m.group(3) == null ? "" : value(m.group(3)) + "日")));
        }
        m = ARABIC_MONTH_CN_DAY.matcher(t);
        while (m.find()) {
            out.accept(new Hit(Kind.NUMBER, "date-form", p, m.start(), m.end(), m.group(1) + "月" + value(m.group(2)) + "日"));
        }
        m = APPROXIMATE.matcher(t);
        while (m.find()) {
            out.accept(new Hit(Kind.NUMBER, "approximate", p, m.start(), m.end(), m.group().replace("、", "")));
        }
        m = ABOUT.matcher(t);
        while (m.find()) {
            if (m.start() > 0 && WORD_BEFORE.indexOf(t.charAt(m.start() - 1)) >= 0 && m.group(1).length() == 1) {
                continue; // 节约100元, 接近三成: the word is 节约, 接近, not 约 of a number
            }
            out.accept(new Hit(Kind.NUMBER, "about", p, m.start(), m.end(), m.group(1) + m.group(2) + m.group(3)));
        }
        m = THOUSANDS.matcher(t);
        while (m.find()) {
            if (PunctuationRules.chinese(t, m.start(), m.end())) {
                out.accept(new Hit(Kind.NUMBER, "thousands", p, m.start(), m.end(), m.group().replace(",", "")));
            }
        }
    }

    /** 二〇二〇 → 2020 */
    private static String arabic(String digits) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            int v = CN.indexOf(c);
            b.append(v <= 1 ? 0 : v - 1);
        }
        return b.toString();
    }

    /** 十二 → 12, 二十五 → 25, 三十 → 30, 八 → 8 */
    private static int value(String cn) {
        int ten = cn.indexOf('十');
        if (ten < 0) {
            return CN.indexOf(cn.charAt(0)) - 1;
        }
        int tens = ten == 0 ? 1 : CN.indexOf(cn.charAt(0)) - 1;
        int units = ten == cn.length() - 1 ? 0 : CN.indexOf(cn.charAt(ten + 1)) - 1;
        return tens * 10 + units;
    }
}
