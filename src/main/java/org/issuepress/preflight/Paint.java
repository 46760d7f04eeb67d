package org.issuepress.preflight;

import java.util.Locale;

/** A colour as painted: its colour space family and components (0–1). */
record Paint(String space, float[] components) {

    boolean isRgb() {
        return space.equals("DeviceRGB") || space.equals("CalRGB") || space.equals("ICCBased-RGB") || space.equals("Lab");
    }

    boolean isCmyk() {
        return space.equals("DeviceCMYK");
    }

    /** Total ink in percent (CMYK only). */
    double ink() {
        double s = 0;
        for (float c : components) {
            s += c;
        }
        return isCmyk() ? s * 100 : 0;
    }

    /** Pure black: only K, at least 90 %. */
    boolean isBlackOnlyK() {
        return isCmyk() && components[0] == 0 && components[1] == 0 && components[2] == 0 && components[3] >= 0.9f
                || space.equals("DeviceGray") && components[0] <= 0.1f;
    }

    /** Black made of several inks, which misregisters in small type. */
    boolean isRichBlack() {
        return isCmyk() && components[3] >= 0.9f && (components[0] + components[1] + components[2]) > 0;
    }

    /** Paper white: no ink at all. */
    boolean isWhite() {
        if (isCmyk()) {
            return ink() == 0;
        }
        if (space.equals("DeviceGray")) {
            return components[0] >= 0.999f;
        }
        if (space.equals("DeviceRGB")) {
            return components[0] >= 0.999f && components[1] >= 0.999f && components[2] >= 0.999f;
        }
        return false;
    }

    int inks() {
        int n = 0;
        if (isCmyk()) {
            for (float c : components) {
                if (c > 0.001f) {
                    n++;
                }
            }
        }
        return n;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(space).append('(');
        for (int i = 0; i < components.length; i++) {
            s.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", components[i]));
        }
        return s.append(')').toString();
    }
}
