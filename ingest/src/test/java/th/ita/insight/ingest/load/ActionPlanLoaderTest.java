package th.ita.insight.ingest.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.measures.ActionPlans;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.store.ItaStore;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Action-plan projects with Thai headers, amounts and quarters; bad rows reported with their rule. */
class ActionPlanLoaderTest {

    @TempDir
    Path dir;

    @Test
    void projectsLoadWithTheirQuartersAndBudgetsAndBadRowsAreReported() throws Exception {
        Path db = ScoresLoaderTest.storeWithNongKong2564(dir);
        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, "ปีงบประมาณ,รหัสหน่วยงาน,รายการโครงการ,มิติ,งบประมาณ (บาท),ไตรมาส,ผู้รับผิดชอบ\n"
                + "๒๕๖๙,06310499,อบรมคุณธรรม,มิติ 1,\"20,000.00\",ไตรมาส 2,สำนักปลัด\n"
                + "2569,06310499,ไม่รับของขวัญ,2,0,1-4,\n"
                + "2569,06310499,เวทีประชาคม,3,\"15,000\",\"Q2,Q3\",\n"
                + "2569,06310499,มิติที่ไม่มี,5,0,1,\n"            // line 5
                + "2569,06310499,งบติดลบ,1,-5,1,\n"                 // line 6
                + "2569,06310499,ไตรมาสผิด,1,0,5,\n"               // line 7
                + "2569,06310499,ไม่รับของขวัญ,2,100,1-4,\n",     // line 8: same project, other budget
                StandardCharsets.UTF_8);
        LoadResult r;
        try (ItaStore s = ItaStore.openReadWrite(db)) {
            assertThat(Loaders.detectKind(plan)).isEqualTo("actionplan");
            r = new ActionPlanLoader(s, Methodology.bundled(), false).load(plan);
        }
        assertThat(r.rowsLoaded()).isEqualTo(3);
        assertThat(r.rejects()).extracting(Reject::line, Reject::column, Reject::rule).containsExactly(
                tuple(5L, "dimension", RejectRule.INVALID_CHOICE),
                tuple(6L, "budget", RejectRule.VALUE_OUT_OF_RANGE),
                tuple(7L, "quarters", RejectRule.INVALID_CHOICE),
                tuple(8L, "title", RejectRule.DUPLICATE_CONFLICT));
        try (ItaStore s = ItaStore.openReadOnlyUncached(db)) {
            List<ActionPlans.Project> projects = new ActionPlans(s).of(new AgencyCode("06310499"), FiscalYear.of(2569));
            assertThat(projects).extracting(ActionPlans.Project::title, ActionPlans.Project::dimension, ActionPlans.Project::quarters)
                    .containsExactly(tuple("อบรมคุณธรรม", 1, List.of(2)), tuple("ไม่รับของขวัญ", 2, List.of(1, 2, 3, 4)),
                            tuple("เวทีประชาคม", 3, List.of(2, 3)));
            assertThat(projects.getFirst().budget()).isEqualByComparingTo(new BigDecimal("20000.00"));
            assertThat(projects.getFirst().responsible()).contains("สำนักปลัด");
        }
    }
}
