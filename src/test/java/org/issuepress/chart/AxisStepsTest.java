package org.issuepress.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.Chart;
import org.junit.jupiter.api.Test;

/** The value axis: 4–6 grid lines at 1, 2 or 5 times a power of ten, ticks and unit line in one unit (Issue #20, point 9). */
class AxisStepsTest {

    @Test
    void everyTopGetsFourToSixLinesAtOneTwoOrFiveSteps() {
        for (double top = 0.37; top < 5e6; top *= 1.0173) {
            AxisSteps a = AxisSteps.over(top);
            assertTrue(a.lines() >= 4 && a.lines() <= 6, top + ": " + a);
            assertTrue(a.upper() >= top - 1e-9, top + " fits under the last line: " + a);
            double mantissa = a.step() / Math.pow(10, Math.floor(Math.log10(a.step()) + 1e-9));
            assertTrue(Set.of(1L, 2L, 5L).contains(Math.round(mantissa)) && Math.abs(mantissa - Math.round(mantissa)) < 1e-6,
                    top + ": step " + a.step());
        }
    }

    @Test
    void theSamplesChartsGetRoundSteps() {
        // the tallest values of the sample's charts with room over them for their figures
        assertEquals(new AxisSteps(10000, 4), AxisSteps.over(29597 * 1.15));
        assertEquals(new AxisSteps(5000, 4), AxisSteps.over(17026 * 1.12));
        assertEquals(new AxisSteps(20, 4), AxisSteps.over(57 * 1.1));
        assertEquals(new AxisSteps(10, 6), AxisSteps.over(57 * 1.04));
    }

    @Test
    void theUnitLineSaysTheTicksUnit() {
        Chart two = chart("户、人", 2);
        assertEquals("单位：户、人", CategoryCharts.unitLine(two, false));
        assertEquals("单位：万户、万人", CategoryCharts.unitLine(two, true));
        assertEquals("脱贫0（个）", CategoryCharts.unitLine(chart("个", 1), false));
        assertEquals("脱贫0（万元）", CategoryCharts.unitLine(chart("元", 1), true));
        assertEquals("10000", ChineseNumbers.tick(10000, false), "below 10万 the ticks are the data's unit, as the unit line");
        assertEquals("50", ChineseNumbers.tick(500000, true), "counted in 万: the unit line says 万, the tick is bare");
        assertTrue(!ChineseNumbers.countsInWan(99999) && ChineseNumbers.countsInWan(100000));
    }

    private static Chart chart(String unit, int series) {
        List<Chart.Series> s = java.util.stream.IntStream.range(0, series)
                .mapToObj(i -> new Chart.Series("脱贫" + i, List.of(BigDecimal.ONE))).toList();
        return new Chart(Chart.ChartType.BAR, "t", unit, List.of("a"), s, null, null, List.of(), new SourcePos("c.yaml", 1, 1));
    }
}
