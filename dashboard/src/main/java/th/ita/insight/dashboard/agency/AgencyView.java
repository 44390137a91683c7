package th.ita.insight.dashboard.agency;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.icepear.echarts.Bar;
import org.icepear.echarts.Line;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.title.Title;
import org.icepear.echarts.components.tooltip.Tooltip;
import th.ita.insight.analytics.agency.AgencyCode;
import th.ita.insight.analytics.agency.AgencyDirectory;
import th.ita.insight.analytics.analysis.AgencyAnalyses;
import th.ita.insight.analytics.analysis.AgencyAnalysis;
import th.ita.insight.analytics.analysis.AgencyComparison;
import th.ita.insight.analytics.analysis.IndicatorClass;
import th.ita.insight.analytics.analysis.IndicatorResult;
import th.ita.insight.analytics.analysis.WeakIndicator;
import th.ita.insight.analytics.methodology.FiscalYear;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.methodology.YearMethodology;
import th.ita.insight.analytics.national.ScopeAnalyses;
import th.ita.insight.analytics.national.WeakIndicatorFrequency;
import th.ita.insight.analytics.satisfaction.AreaResult;
import th.ita.insight.analytics.satisfaction.SatisfactionAnalyses;
import th.ita.insight.analytics.satisfaction.SatisfactionSummary;
import th.ita.insight.analytics.trend.Forecast;
import th.ita.insight.analytics.trend.ForecastMethod;
import th.ita.insight.analytics.trend.Scope;
import th.ita.insight.analytics.trend.TrendQueries;
import th.ita.insight.analytics.trend.TrendStatistics;
import th.ita.insight.dashboard.chart.ChartOptions;
import th.ita.insight.dashboard.chart.ChartPanel;
import th.ita.insight.analytics.items.ItemResults;
import th.ita.insight.analytics.measures.PathToPass;
import th.ita.insight.analytics.measures.ActionPlans;
import th.ita.insight.dashboard.data.ActionPlanService;
import th.ita.insight.dashboard.chart.TableData;
import th.ita.insight.dashboard.security.AccessPolicy;
import th.ita.insight.dashboard.shell.Filters;
import th.ita.insight.dashboard.shell.Widgets;
import th.ita.insight.reports.Reports;
import th.ita.insight.analytics.measures.AgencyMeasures;
import th.ita.insight.analytics.measures.SuggestedMeasure;
import th.ita.insight.analytics.measures.SuggestionCatalogue;
import th.ita.insight.dashboard.data.MeasuresService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static th.ita.insight.dashboard.chart.ChartOptions.round2;
import static th.ita.insight.dashboard.chart.ChartOptions.two;

/** Agency drill-down for planners (วิเคราะห์รายหน่วยงาน): /agency?code=06310499&year=2564. */
@Route("agency")
@jakarta.annotation.security.PermitAll
@PageTitle("ITA Insight")
class AgencyView extends VerticalLayout implements BeforeEnterObserver {

    private final AgencyDirectory directory;
    private final AgencyAnalyses analyses;
    private final AgencyComparison comparison;
    private final ScopeAnalyses scopes;
    private final SatisfactionAnalyses satisfaction;
    private final TrendQueries trends;
    private final Methodology methodology;
    private final AccessPolicy policy;
    private final Reports reports;
    private final AgencyMeasures agencyMeasures;
    private final MeasuresService measuresService;
    private final ItemResults itemResults;
    private final PathToPass paths;
    private final ActionPlans actionPlans;
    private final ActionPlanService actionPlanService;
    private final th.ita.insight.analytics.measures.MeasureEffects effects;

    AgencyView(AccessPolicy policy, AgencyDirectory directory, AgencyAnalyses analyses, AgencyComparison comparison, ScopeAnalyses scopes,
               SatisfactionAnalyses satisfaction, TrendQueries trends, Methodology methodology, Reports reports,
               AgencyMeasures agencyMeasures, MeasuresService measuresService, ItemResults itemResults, PathToPass paths,
               ActionPlans actionPlans, ActionPlanService actionPlanService,
               th.ita.insight.analytics.measures.MeasureEffects effects) {
        this.effects = effects;
        this.actionPlans = actionPlans;
        this.actionPlanService = actionPlanService;
        this.itemResults = itemResults;
        this.paths = paths;
        this.reports = reports;
        this.agencyMeasures = agencyMeasures;
        this.measuresService = measuresService;
        this.directory = directory;
        this.analyses = analyses;
        this.comparison = comparison;
        this.scopes = scopes;
        this.satisfaction = satisfaction;
        this.trends = trends;
        this.methodology = methodology;
        this.policy = policy;
        setMaxWidth("1200px");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Location location = event.getLocation();
        add(new H1(getTranslation("agency.title")));
        add(search(location));
        Optional<String> code = Filters.get(location, "code");
        if (code.isEmpty()) {
            add(Widgets.message("agency-hint", getTranslation("agency.hint")));
            return;
        }
        Optional<AgencyDirectory.Agency> agency = AgencyCode.isValid(code.get())
                ? directory.find(new AgencyCode(code.get())) : Optional.empty();
        if (agency.isEmpty()) {
            add(Widgets.message("not-found", getTranslation("agency.not-found", code.get())));
            return;
        }
        if (!policy.mayViewProvince(agency.get().provinceCode())) {
            // enforced here, on the server, before any of the agency's data is read
            add(Widgets.message("no-access", getTranslation("access.denied.agency", code.get())));
            return;
        }
        AgencyCode ac = new AgencyCode(code.get());
        List<TrendStatistics.Point> series = trends.agencySeries(ac.value());
        List<AgencyComparison.Cell> history = comparison.history(ac);
        List<Integer> yearsWithScores = history.stream().map(AgencyComparison.Cell::fiscalYear).distinct().sorted().toList();
        if (yearsWithScores.isEmpty()) {
            add(Widgets.message("no-data", getTranslation("agency.no-scores")));
            return;
        }
        int year = Filters.getInt(location, "year").filter(yearsWithScores::contains).orElse(yearsWithScores.getLast());
        Optional<Integer> asked = Filters.getInt(location, "year");
        if (asked.isPresent() && !yearsWithScores.contains(asked.get())) {
            add(Widgets.message("year-missing", getTranslation("agency.year-missing", asked.get(), year)));
        }
        AgencyAnalysis a = analyses.analyze(ac, FiscalYear.of(year)).orElseThrow();
        add(header(a, location, yearsWithScores));
        if (a.synthetic()) {
            Span note = new Span(getTranslation("data.synthetic"));
            note.addClassName("synthetic-note");
            note.setId("synthetic-note");
            add(note);
        }
        String note = getTranslation(a.synthetic() ? "chart.note" : "chart.note.published");
        YearMethodology rules = methodology.require(a.fiscalYear());
        add(indicatorPanel(a, agency.get(), rules, note));
        add(classification(a));
        add(weakPanel(a, rules, note));
        add(historyPanel(history, note));
        add(itemsPanel(ac, a, rules, note));
        satisfaction.summary(ac.value(), a.fiscalYear(), 80.0).ifPresent(s -> add(satisfactionPanel(s, note)));
        List<TrendStatistics.Point> upTo = series.stream().filter(p -> p.fiscalYear() <= year).toList();
        add(forecast(TrendStatistics.forecast(upTo, ForecastMethod.SHIPPED)));
        measureOutcome(ac, a).ifPresent(this::add);
        add(measuresPanel(ac, a, agency.get().provinceCode(), location));
        add(actionPlanPanel(ac, a, agency.get().provinceCode(), location));
        add(documents(ac, a.fiscalYear()));
    }

    /**
     * The measures recorded for the year after this one, with their latest status; planners adopt suggested measures
     * for the weak indicators and record each round's progress here (saved through the ingest pipeline, see
     * MeasuresService). Others see the list only.
     */
    private Div measuresPanel(AgencyCode code, AgencyAnalysis a, String provinceCode, Location location) {
        FiscalYear next = FiscalYear.of(a.fiscalYear().buddhistEra() + 1);
        List<AgencyMeasures.Measure> recorded = agencyMeasures.of(code, next);
        boolean edit = policy.mayEditMeasures(provinceCode, code.value());
        Div box = new Div();
        box.setId("measures");
        box.addClassName("measures");
        box.add(new H3(getTranslation("measures.title", next)));
        if (recorded.isEmpty()) {
            box.add(new Paragraph(getTranslation(edit ? "measures.none.edit" : "measures.none")));
            if (edit && !a.weakIndicators().isEmpty()) {
                List<Checkbox> boxes = new ArrayList<>();
                List<SuggestedMeasure> offered = new ArrayList<>();
                for (WeakIndicator w : a.weakIndicators()) {
                    for (SuggestedMeasure m : SuggestionCatalogue.bundled().forIndicator(w.indicator()).stream().limit(2).toList()) {
                        Checkbox c = new Checkbox(getTranslation("col.indicator") + " " + w.indicator() + ": " + m.titleTh());
                        c.setId("suggestion-" + m.id());
                        boxes.add(c);
                        offered.add(m);
                        box.add(new Div(c));
                    }
                }
                Button adopt = new Button(getTranslation("measures.adopt"), e -> {
                    List<MeasuresService.Draft> drafts = new ArrayList<>();
                    for (int i = 0; i < boxes.size(); i++) {
                        if (boxes.get(i).getValue()) {
                            SuggestedMeasure m = offered.get(i);
                            drafts.add(new MeasuresService.Draft(m.titleTh(), List.of(m.indicator()), m.items(), String.join(" | ", m.methodTh()),
                                    m.periodTh(), String.join(" | ", m.evidenceTh()), m.divisionsTh(), Map.of()));
                        }
                    }
                    if (drafts.isEmpty()) {
                        Notification.show(getTranslation("measures.choose"));
                        return;
                    }
                    save(code, next, drafts, location);
                });
                adopt.setId("adopt-measures");
                box.add(adopt);
            }
            if (edit) {
                box.add(ownMeasureForm(code, next, recorded, location));
            }
            return box;
        }
        Grid<AgencyMeasures.Measure> grid = new Grid<>();
        grid.setId("measures-grid");
        grid.addColumn(AgencyMeasures.Measure::seq).setHeader(getTranslation("col.rank")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(AgencyMeasures.Measure::title).setHeader(getTranslation("measures.col.title")).setFlexGrow(1);
        grid.addColumn(m -> m.indicators().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("col.indicator")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(m -> status(m, AgencyMeasures.Round.SIX_MONTH)).setHeader(getTranslation("measures.round.six_month")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(m -> status(m, AgencyMeasures.Round.ANNUAL)).setHeader(getTranslation("measures.round.annual")).setWidth("11rem").setFlexGrow(0);
        grid.setItems(recorded);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        box.add(grid);
        if (edit) {
            Select<AgencyMeasures.Measure> measure = new Select<>();
            measure.setId("progress-measure");
            measure.setLabel(getTranslation("measures.col.title"));
            measure.setItemLabelGenerator(m -> m.seq() + ". " + m.title());
            measure.setItems(recorded);
            measure.setValue(recorded.getFirst());
            Select<AgencyMeasures.Round> round = new Select<>();
            round.setId("progress-round");
            round.setLabel(getTranslation("measures.round"));
            round.setItemLabelGenerator(r -> getTranslation("measures.round." + r.name().toLowerCase(Locale.ROOT)));
            round.setItems(AgencyMeasures.Round.values());
            round.setValue(AgencyMeasures.Round.SIX_MONTH);
            Select<String> status = new Select<>();
            status.setId("progress-status");
            status.setLabel(getTranslation("measures.status"));
            status.setItemLabelGenerator(v -> getTranslation("measures.status." + v));
            status.setItems("planned", "in_progress", "done", "dropped");
            status.setValue("in_progress");
            Input result = new Input();
            result.setId("progress-result");
            result.setPlaceholder(getTranslation("measures.result"));
            result.getElement().setAttribute("aria-label", getTranslation("measures.result"));
            result.addClassName("progress-result");
            Button save = new Button(getTranslation("measures.save"), e -> {
                List<MeasuresService.Draft> drafts = new ArrayList<>();
                for (AgencyMeasures.Measure m : recorded) {
                    MeasuresService.Draft d = draftOf(m);
                    if (m.seq() == measure.getValue().seq()) {
                        Map<AgencyMeasures.Round, MeasuresService.Progress> progress = new java.util.EnumMap<>(AgencyMeasures.Round.class);
                        progress.putAll(d.progress());
                        progress.put(round.getValue(), new MeasuresService.Progress(status.getValue(), result.getValue()));
                        d = new MeasuresService.Draft(d.title(), d.indicators(), d.items(), d.method(), d.period(), d.followUp(),
                                d.divisions(), progress);
                    }
                    drafts.add(d);
                }
                save(code, next, drafts, location);
            });
            save.setId("save-progress");
            HorizontalLayout form = new HorizontalLayout(measure, round, status, result, save);
            form.setAlignItems(Alignment.END);
            form.setWrap(true);
            box.add(form, detailsForm(code, next, recorded, location), ownMeasureForm(code, next, recorded, location));
        }
        return box;
    }

    /** A measure of the agency's own: its title and the indicator it targets (details can follow in a measures file). */
    private HorizontalLayout ownMeasureForm(AgencyCode code, FiscalYear year, List<AgencyMeasures.Measure> recorded, Location location) {
        Input title = new Input();
        title.setId("own-measure-title");
        title.setPlaceholder(getTranslation("measures.own"));
        title.getElement().setAttribute("aria-label", getTranslation("measures.own"));
        title.addClassName("progress-result");
        Select<Integer> indicator = new Select<>();
        indicator.setId("own-measure-indicator");
        indicator.setLabel(getTranslation("col.indicator"));
        indicator.setItems(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        indicator.setValue(10);
        Button add = new Button(getTranslation("measures.add"), e -> {
            String t = title.getValue() == null ? "" : title.getValue().strip();
            if (t.isEmpty()) {
                Notification.show(getTranslation("measures.own.empty"));
                return;
            }
            List<MeasuresService.Draft> drafts = new ArrayList<>(recorded.stream().map(AgencyView::draftOf).toList());
            drafts.add(new MeasuresService.Draft(t, List.of(indicator.getValue()), List.of(), "", "", "", List.of(), Map.of()));
            save(code, year, drafts, location);
        });
        add.setId("add-own-measure");
        HorizontalLayout form = new HorizontalLayout(title, indicator, add);
        form.setAlignItems(Alignment.END);
        form.setWrap(true);
        return form;
    }

    /**
     * Did this year's measures go with a rise? Each targeted indicator that was below 80 the year before, beside
     * agencies that started alike without such a measure (MeasureEffects) — an association, not proof.
     */
    private Optional<Div> measureOutcome(AgencyCode code, AgencyAnalysis a) {
        List<th.ita.insight.analytics.measures.MeasureEffects.AgencyOutcome> outcomes = effects.forAgency(code, a.fiscalYear());
        if (outcomes.isEmpty()) {
            return Optional.empty();
        }
        Div box = new Div();
        box.setId("measure-outcome");
        box.add(new H3(getTranslation("outcome.title", a.fiscalYear())));
        UnorderedList list = new UnorderedList();
        for (var o : outcomes) {
            list.add(new ListItem(getTranslation("outcome.item", o.indicator(), two(o.before()), two(o.after()),
                    String.format(Locale.ROOT, "%+.2f", o.change()), o.controls(),
                    o.controls() == 0 ? "—" : String.format(Locale.ROOT, "%+.2f", o.controlMeanChange()))));
        }
        box.add(list, new Paragraph(getTranslation("outcome.caveat")));
        return Optional.of(box);
    }

    /** A recorded measure's details — method, period, follow-up, responsible divisions — as the measures document prints them. */
    private HorizontalLayout detailsForm(AgencyCode code, FiscalYear year, List<AgencyMeasures.Measure> recorded, Location location) {
        Select<AgencyMeasures.Measure> measure = new Select<>();
        measure.setId("details-measure");
        measure.setLabel(getTranslation("measures.details"));
        measure.setItemLabelGenerator(m -> m.seq() + ". " + m.title());
        measure.setItems(recorded);
        Input method = textInput("details-method", "measures.col.method");
        Input period = textInput("details-period", "measures.col.period");
        Input followUp = textInput("details-follow-up", "measures.col.follow_up");
        Input divisions = textInput("details-divisions", "measures.col.divisions");
        measure.addValueChangeListener(e -> {
            AgencyMeasures.Measure m = e.getValue();
            method.setValue(m.method().orElse(""));
            period.setValue(m.period().orElse(""));
            followUp.setValue(m.followUp().orElse(""));
            divisions.setValue(String.join(" | ", m.divisions()));
        });
        measure.setValue(recorded.getFirst());
        Button save = new Button(getTranslation("measures.details.save"), e -> {
            List<MeasuresService.Draft> drafts = new ArrayList<>();
            for (AgencyMeasures.Measure m : recorded) {
                MeasuresService.Draft d = draftOf(m);
                if (m.seq() == measure.getValue().seq()) {
                    d = new MeasuresService.Draft(d.title(), d.indicators(), d.items(), method.getValue(), period.getValue(),
                            followUp.getValue(), java.util.Arrays.stream(divisions.getValue().split("\\|")).map(String::strip)
                            .filter(x -> !x.isEmpty()).toList(), d.progress());
                }
                drafts.add(d);
            }
            save(code, year, drafts, location);
        });
        save.setId("save-details");
        HorizontalLayout form = new HorizontalLayout(measure, method, period, followUp, divisions, save);
        form.setAlignItems(Alignment.END);
        form.setWrap(true);
        return form;
    }

    /** A plain text box (an HTML input: no extra web component in the bundle) with its label for screen readers. */
    private Input textInput(String id, String labelKey) {
        Input input = new Input();
        input.setId(id);
        input.setPlaceholder(getTranslation(labelKey));
        input.getElement().setAttribute("aria-label", getTranslation(labelKey));
        input.addClassName("progress-result");
        return input;
    }

    /**
     * The anti-corruption action plan for the year after this one (the plan the agency publishes beside its measures):
     * its projects with dimension, budget and quarters; planners of the agency add a project or change one.
     */
    private Div actionPlanPanel(AgencyCode code, AgencyAnalysis a, String provinceCode, Location location) {
        FiscalYear next = FiscalYear.of(a.fiscalYear().buddhistEra() + 1);
        List<ActionPlans.Project> projects = actionPlans.of(code, next);
        Div box = new Div();
        box.setId("action-plan");
        box.add(new H3(getTranslation("plan.title", next)));
        if (projects.isEmpty()) {
            box.add(new Paragraph(getTranslation("plan.none")));
        } else {
            Grid<ActionPlans.Project> grid = new Grid<>();
            grid.setId("plan-grid");
            grid.addColumn(ActionPlans.Project::seq).setHeader(getTranslation("col.rank")).setWidth("5rem").setFlexGrow(0);
            grid.addColumn(ActionPlans.Project::title).setHeader(getTranslation("plan.col.title")).setFlexGrow(1);
            grid.addColumn(p -> String.valueOf(p.dimension())).setHeader(getTranslation("plan.col.dimension")).setWidth("6rem").setFlexGrow(0);
            grid.addColumn(p -> String.format(Locale.ROOT, "%,.2f", p.budget())).setHeader(getTranslation("plan.col.budget")).setWidth("9rem").setFlexGrow(0);
            grid.addColumn(p -> p.quarters().stream().map(q -> "Q" + q).collect(Collectors.joining(" ")))
                    .setHeader(getTranslation("plan.col.quarters")).setWidth("10rem").setFlexGrow(0);
            grid.setItems(projects);
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            box.add(grid);
        }
        if (!policy.mayEditMeasures(provinceCode, code.value())) {
            return box;
        }
        // one form for a new project or a change to a recorded one (chosen by its number; 0 = new)
        Select<Integer> which = new Select<>();
        which.setId("plan-project");
        which.setLabel(getTranslation("plan.project"));
        List<Integer> choices = new ArrayList<>(List.of(0));
        projects.forEach(p -> choices.add(p.seq()));
        which.setItems(choices);
        which.setItemLabelGenerator(n -> n == 0 ? getTranslation("plan.project.new")
                : n + ". " + projects.stream().filter(p -> p.seq() == n).findFirst().map(ActionPlans.Project::title).orElse(""));
        Input title = textInput("plan-title", "plan.col.title");
        Select<Integer> dimension = new Select<>();
        dimension.setId("plan-dimension");
        dimension.setLabel(getTranslation("plan.col.dimension"));
        dimension.setItems(1, 2, 3, 4);
        dimension.setItemLabelGenerator(d -> d + " " + ActionPlans.DIMENSIONS_TH.get(d - 1));
        dimension.setValue(1);
        Input budget = textInput("plan-budget", "plan.col.budget");
        List<Checkbox> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            Checkbox c = new Checkbox("Q" + q);
            c.setId("plan-q" + q);
            quarters.add(c);
        }
        Input target = textInput("plan-target", "plan.col.target");
        Input responsible = textInput("plan-responsible", "plan.col.responsible");
        which.addValueChangeListener(e -> {
            Optional<ActionPlans.Project> p = projects.stream().filter(x -> x.seq() == e.getValue()).findFirst();
            title.setValue(p.map(ActionPlans.Project::title).orElse(""));
            dimension.setValue(p.map(ActionPlans.Project::dimension).orElse(1));
            budget.setValue(p.map(x -> x.budget().toPlainString()).orElse(""));
            for (int q = 1; q <= 4; q++) {
                int quarter = q;
                quarters.get(q - 1).setValue(p.map(x -> x.quarters().contains(quarter)).orElse(false));
            }
            target.setValue(p.flatMap(ActionPlans.Project::targetGroup).orElse(""));
            responsible.setValue(p.flatMap(ActionPlans.Project::responsible).orElse(""));
        });
        which.setValue(0);
        Button save = new Button(getTranslation("plan.save"), e -> {
            List<Integer> qs = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                if (quarters.get(q - 1).getValue()) {
                    qs.add(q);
                }
            }
            java.math.BigDecimal baht;
            try {
                baht = new java.math.BigDecimal(budget.getValue().replace(",", "").strip().isEmpty() ? "0" : budget.getValue().replace(",", "").strip());
            } catch (NumberFormatException bad) {
                Notification.show(getTranslation("plan.budget.bad", budget.getValue()));
                return;
            }
            if (title.getValue().isBlank() || qs.isEmpty()) {
                Notification.show(getTranslation("plan.incomplete"));
                return;
            }
            ActionPlanService.Draft edited = new ActionPlanService.Draft(title.getValue().strip(), dimension.getValue(), baht, qs,
                    target.getValue(), responsible.getValue());
            List<ActionPlanService.Draft> drafts = new ArrayList<>();
            for (ActionPlans.Project p : projects) {
                drafts.add(p.seq() == which.getValue() ? edited : new ActionPlanService.Draft(p.title(), p.dimension(), p.budget(),
                        p.quarters(), p.targetGroup().orElse(""), p.responsible().orElse("")));
            }
            if (which.getValue() == 0) {
                drafts.add(edited);
            }
            if (!policy.mayEditMeasures(provinceCode, code.value())) {
                Notification.show(getTranslation("access.denied.agency", code.value()));
                return;
            }
            String user = policy.currentUser().map(th.ita.insight.dashboard.security.ItaUser::username).orElse("planner");
            actionPlanService.save(code, next, drafts, user).ifPresentOrElse(
                    refused -> Notification.show(getTranslation("measures.refused", refused)),
                    () -> UI.getCurrent().getPage().reload());
        });
        save.setId("save-project");
        HorizontalLayout form = new HorizontalLayout(which, title, dimension, budget);
        form.setAlignItems(Alignment.END);
        form.setWrap(true);
        HorizontalLayout form2 = new HorizontalLayout();
        quarters.forEach(form2::add);
        form2.add(target, responsible, save);
        form2.setAlignItems(Alignment.END);
        form2.setWrap(true);
        box.add(form, form2);
        return box;
    }

    private static MeasuresService.Draft draftOf(AgencyMeasures.Measure m) {
        Map<AgencyMeasures.Round, MeasuresService.Progress> progress = new java.util.EnumMap<>(AgencyMeasures.Round.class);
        m.progress().forEach((r, p) -> progress.put(r, new MeasuresService.Progress(p.status(), p.result().orElse(""))));
        return new MeasuresService.Draft(m.title(), m.indicators(), m.items(), m.method().orElse(""), m.period().orElse(""),
                m.followUp().orElse(""), m.divisions(), progress);
    }

    private String status(AgencyMeasures.Measure m, AgencyMeasures.Round round) {
        AgencyMeasures.Progress p = m.progress().get(round);
        return p == null ? "—" : getTranslation("measures.status." + p.status());
    }

    private void save(AgencyCode code, FiscalYear year, List<MeasuresService.Draft> drafts, Location location) {
        if (!policy.mayEditMeasures(directory.find(code).map(AgencyDirectory.Agency::provinceCode).orElse(""), code.value())) {
            Notification.show(getTranslation("access.denied.agency", code.value()));
            return;
        }
        String user = policy.currentUser().map(th.ita.insight.dashboard.security.ItaUser::username).orElse("planner");
        Optional<String> refused = measuresService.save(code, year, drafts, user);
        if (refused.isEmpty()) {
            // the store has been swapped: the reloaded page reads the new version
            UI.getCurrent().getPage().reload();
        } else {
            // the page only offers valid values; a refusal names its rule (never a stack trace)
            Notification.show(getTranslation("measures.refused", refused.get()));
        }
    }

    /** The agency's annual documents for this year, made on request from the same analyses as the page. */
    private Div documents(AgencyCode code, FiscalYear year) {
        Div box = new Div();
        box.setId("documents");
        box.addClassName("documents");
        box.add(new H3(getTranslation("agency.documents")));
        box.add(new Paragraph(getTranslation("agency.documents.hint")));
        for (Reports.Kind kind : Reports.Kind.values()) {
            Div row = new Div();
            row.addClassName("chart-downloads");
            row.add(new Span(getTranslation("agency.documents." + kind.slug()) + ": "));
            for (Reports.Format format : Reports.Format.values()) {
                String file = Reports.fileName(kind, code, year, format);
                Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = reports.write(kind, code, year, format).orElseThrow();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), file, format.mediaType(), bytes.length);
                }), format.extension().toUpperCase(Locale.ROOT));
                link.getElement().setAttribute("download", true);
                link.setId("doc-" + kind.slug() + "-" + format.extension());
                row.add(link);
            }
            box.add(row);
        }
        return box;
    }

    private ComboBox<AgencyDirectory.Agency> search(Location location) {
        ComboBox<AgencyDirectory.Agency> box = new ComboBox<>(getTranslation("agency.search"));
        box.setId("agency-search");
        box.setWidth("32rem");
        box.setPlaceholder(getTranslation("agency.search.placeholder"));
        box.setItemLabelGenerator(a -> a.nameTh() + " · " + a.province() + " · " + a.agencyCode());
        box.setItems(DataProvider.fromFilteringCallbacks(
                q -> visible(q.getFilter().orElse("")).stream().skip(q.getOffset()).limit(q.getLimit()),
                q -> visible(q.getFilter().orElse("")).size()));
        box.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(AgencyView.class, Filters.with(location, Map.of("code", e.getValue().agencyCode(), "year", "")));
            }
        });
        return box;
    }

    private List<AgencyDirectory.Agency> visible(String text) {
        return directory.search(text, 200).stream().filter(a -> policy.mayViewProvince(a.provinceCode())).limit(50).toList();
    }

    private Div header(AgencyAnalysis a, Location location, List<Integer> years) {
        Div header = new Div();
        header.setId("agency-header");
        H2 name = new H2(a.nameTh());
        name.setId("agency-name");
        Span where = new Span(getTranslation("type." + a.agencyType()) + " · " + getTranslation("scope.province") + a.province()
                + " · " + getTranslation("col.code") + " " + a.agencyCode());
        where.addClassName("agency-where");
        Select<Integer> yearSelect = Widgets.yearSelect("agency-year", getTranslation("filter.year"), years,
                a.fiscalYear().buddhistEra(),
                y -> UI.getCurrent().navigate(AgencyView.class, Filters.with(location, Map.of("year", String.valueOf(y)))));
        FlexLayout kpis = new FlexLayout(
                Widgets.kpi("kpi-total", getTranslation("agency.total", a.fiscalYear()), a.total().isPresent() ? two(a.total().getAsDouble())
                        : getTranslation("agency.total.missing")),
                Widgets.kpi("kpi-band", getTranslation(a.ratingDerived() ? "agency.band.derived" : "agency.band"), a.rating().orElse("—")),
                Widgets.kpi("kpi-passed", getTranslation("agency.passed"), a.passed().map(p -> getTranslation(p ? "yes" : "no")).orElse("—")),
                Widgets.kpi("kpi-change", getTranslation("agency.change"), a.change().map(c -> String.format(Locale.ROOT, "%+.2f (%+.2f %%)",
                        c.points(), c.percent())).orElse("—")),
                Widgets.kpi("kpi-tools", "IIT · EIT · OIT", List.of(a.tools().iit(), a.tools().eit(), a.tools().oit()).stream()
                        .map(d -> d.isPresent() ? two(d.getAsDouble()) : "—").collect(Collectors.joining(" · "))),
                Widgets.kpi("kpi-rank", getTranslation("agency.rank"), a.peer().map(p -> p.rankInProvince() + " / " + p.agenciesInProvince())
                        .orElse("—")));
        kpis.addClassName("kpis");
        header.add(new HorizontalLayout(name, yearSelect), where, kpis);
        if (!a.toolBelowPass().isEmpty()) {
            Span tools = new Span(getTranslation(a.passesWithToolBelowPass() ? "agency.tool-below.passing" : "agency.tool-below",
                    String.join(", ", a.toolBelowPass())));
            tools.setId("tool-below-pass");
            tools.addClassName("warning-note");
            header.add(tools);
        }
        a.missingReason().ifPresent(r -> header.add(Widgets.message("missing-reason", getTranslation("agency.total.missing.reason", r))));
        return header;
    }

    private ChartPanel indicatorPanel(AgencyAnalysis a, AgencyDirectory.Agency agency, YearMethodology rules, String note) {
        Map<Integer, Double> provinceMeans = means(scopes.weakIndicators(Scope.province(agency.provinceCode()), a.fiscalYear()));
        Map<Integer, Double> typeMeans = means(scopes.weakIndicators(Scope.agencyType(agency.agencyType()), a.fiscalYear()));
        List<IndicatorResult> inds = a.indicators();
        String[] labels = inds.stream().map(i -> i.indicator() + ". " + name(i.indicator(), i.nameTh(), rules)).toArray(String[]::new);
        String own = getTranslation("series.agency");
        String prov = getTranslation("series.province-mean");
        String type = getTranslation("series.type-mean");
        Bar chart = new Bar()
                .setTitle(new Title().setText(getTranslation("chart.agency.indicators", a.fiscalYear())).setSubtext(getTranslation("chart.agency.indicators.subtitle")))
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setLegend(new Legend().setData(new String[] {own, prov, type}).setTop(48))
                .addXAxis(new CategoryAxis().setData(labels).setAxisLabel(Map.of("interval", 0, "rotate", 30)))
                .addYAxis(new ValueAxis().setMin(0).setMax(100))
                .addSeries(new BarSeries().setName(own).setData(inds.stream().map(i -> (Number) i.score()).toArray(Number[]::new))
                        .setMarkLine(ChartOptions.lines(false,
                                new ChartOptions.Line(getTranslation("line.weak"), rules.weakThreshold(), ChartOptions.WEAK_COLOUR),
                                new ChartOptions.Line(getTranslation("line.passmark"), rules.passMark(), ChartOptions.PASS_COLOUR))))
                .addSeries(new BarSeries().setName(prov).setData(inds.stream().map(i -> (Number) provinceMeans.getOrDefault(i.indicator(), 0.0)).toArray(Number[]::new)))
                .addSeries(new BarSeries().setName(type).setData(inds.stream().map(i -> (Number) typeMeans.getOrDefault(i.indicator(), 0.0)).toArray(Number[]::new)));
        chart.getOption().setGrid(new org.icepear.echarts.components.grid.Grid().setTop(90).setBottom(120).setLeft(50).setRight(20));
        List<List<String>> rows = inds.stream().map(i -> List.of(String.valueOf(i.indicator()), name(i.indicator(), i.nameTh(), rules),
                i.tool(), two(i.score()), i.previous().isPresent() ? two(i.previous().getAsDouble()) : "",
                i.change().isPresent() ? String.format(Locale.ROOT, "%+.2f", i.change().getAsDouble()) : "",
                getTranslation("class." + i.indicatorClass().code()), two(provinceMeans.getOrDefault(i.indicator(), 0.0)),
                two(typeMeans.getOrDefault(i.indicator(), 0.0)))).toList();
        return new ChartPanel("agency-indicators", getTranslation("chart.agency.indicators", a.fiscalYear()), note, chart,
                new TableData(List.of(getTranslation("col.indicator"), getTranslation("col.name"), getTranslation("col.tool"),
                        getTranslation("col.score"), getTranslation("col.previous"), getTranslation("col.change"),
                        getTranslation("col.class"), prov, type), rows),
                getTranslation("table.show"), getTranslation("table.download"), "420px");
    }

    /** The agency-year's item-level results where the store has them, and for OIT which items to publish first. */
    private Div itemsPanel(AgencyCode code, AgencyAnalysis a, YearMethodology rules, String note) {
        Div box = new Div();
        box.setId("item-results");   // (not "items": vaadin-grid uses that id inside its shadow root)
        List<ItemResults.ItemResult> items = itemResults.of(code, a.fiscalYear());
        if (items.isEmpty()) {
            box.add(new Paragraph(getTranslation("agency.items.none")));
            return box;
        }
        String title = getTranslation("chart.agency.items", a.fiscalYear(), items.size());
        String[] labels = items.stream().map(i -> i.item().toUpperCase(Locale.ROOT)).toArray(String[]::new);
        Bar chart = new Bar()
                .setTitle(new Title().setText(title).setSubtext(getTranslation("chart.agency.items.subtitle")))
                .setTooltip(new Tooltip().setTrigger("axis"))
                .addXAxis(new CategoryAxis().setData(labels).setAxisLabel(Map.of("interval", 0, "rotate", 90, "fontSize", 9)))
                .addYAxis(new ValueAxis().setMin(0).setMax(100))
                .addSeries(new BarSeries().setName(getTranslation("col.score"))
                        .setData(items.stream().map(i -> (Number) round2(i.score())).toArray(Number[]::new))
                        .setMarkLine(ChartOptions.lines(false,
                                new ChartOptions.Line(getTranslation("line.weak"), rules.weakThreshold(), ChartOptions.WEAK_COLOUR),
                                new ChartOptions.Line(getTranslation("line.passmark"), rules.passMark(), ChartOptions.PASS_COLOUR))));
        chart.getOption().setGrid(new org.icepear.echarts.components.grid.Grid().setTop(70).setBottom(60).setLeft(50).setRight(20));
        List<List<String>> rows = items.stream().map(i -> List.of(i.item().toUpperCase(Locale.ROOT), i.tool().name(),
                String.valueOf(i.indicator()), two(i.score()),
                i.respondents().isPresent() ? String.valueOf(i.respondents().getAsInt()) : "")).toList();
        box.add(new ChartPanel("agency-items", title, note, chart,
                new TableData(List.of(getTranslation("col.item"), getTranslation("col.tool"), getTranslation("col.indicator"),
                        getTranslation("col.score"), getTranslation("col.respondents")), rows),
                getTranslation("table.show"), getTranslation("table.download"), "360px"));
        List<PathToPass.ItemStep> publish = paths.oitItemsToPublish(a);
        if (!publish.isEmpty()) {
            Div oit = new Div();
            oit.setId("oit-publish");
            oit.add(new H3(getTranslation("agency.oit.title")));
            OrderedList list = new OrderedList();
            for (PathToPass.ItemStep s : publish) {
                list.add(new ListItem(getTranslation("agency.oit.item", s.item().toUpperCase(Locale.ROOT), s.indicator(),
                        two(s.score()), String.format(Locale.ROOT, "+%.2f", s.points()))));
            }
            oit.add(list);
            box.add(oit);
        }
        return box;
    }

    private Div classification(AgencyAnalysis a) {
        Div box = new Div();
        box.setId("classification");
        box.addClassName("classification");
        box.add(new H3(getTranslation("agency.classification")));
        for (IndicatorClass c : List.of(IndicatorClass.HIGHEST, IndicatorClass.STRENGTH, IndicatorClass.WEAKNESS_INCREASED,
                IndicatorClass.WEAKNESS_DECREASED, IndicatorClass.UNCHANGED, IndicatorClass.NO_PREVIOUS_YEAR)) {
            List<Integer> inds = a.classification().getOrDefault(c, List.of());
            if (inds.isEmpty() && (c == IndicatorClass.UNCHANGED || c == IndicatorClass.NO_PREVIOUS_YEAR)) {
                continue;
            }
            Div row = new Div();
            row.setId("class-" + c.code());
            row.addClassName("class-row");
            Span label = new Span(getTranslation("classification." + c.code()));
            label.addClassName("class-label");
            Span list = new Span(inds.isEmpty() ? "—" : inds.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            list.addClassName("class-indicators");
            row.add(label, list);
            box.add(row);
        }
        return box;
    }

    private Div weakPanel(AgencyAnalysis a, YearMethodology rules, String note) {
        Div box = new Div();
        box.setId("weak-indicators");
        box.add(new H3(getTranslation("agency.weak.title", String.format(Locale.ROOT, "%.0f", rules.weakThreshold()))));
        if (a.weakIndicators().isEmpty()) {
            box.add(new Paragraph(getTranslation("agency.weak.none")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (WeakIndicator w : a.weakIndicators()) {
            ListItem item = new ListItem(getTranslation("agency.weak.item", w.indicator(), name(w.indicator(), w.nameTh(), rules),
                    two(w.score()), String.format(Locale.ROOT, "%.2f", w.gainToThreshold()), String.format(Locale.ROOT, "%.2f", w.gainTo100())));
            item.addClassName("weak-item");
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private ChartPanel historyPanel(List<AgencyComparison.Cell> cells, String note) {
        List<Integer> years = cells.stream().map(AgencyComparison.Cell::fiscalYear).distinct().sorted().toList();
        Map<Integer, Map<Integer, Double>> byIndicator = new TreeMap<>();
        for (AgencyComparison.Cell c : cells) {
            byIndicator.computeIfAbsent(c.indicator(), k -> new TreeMap<>()).put(c.fiscalYear(), c.score());
        }
        Line chart = new Line()
                .setTitle(new Title().setText(getTranslation("chart.agency.history")))
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setLegend(new Legend().setType("scroll").setBottom(0))
                .addXAxis(new CategoryAxis().setName(getTranslation("axis.year")).setData(years.stream().map(String::valueOf).toArray(String[]::new)))
                .addYAxis(new ValueAxis().setMin(0).setMax(100));
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("col.indicator"));
        years.forEach(y -> headers.add(String.valueOf(y)));
        List<List<String>> rows = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<Integer, Map<Integer, Double>> e : byIndicator.entrySet()) {
            String label = e.getKey() == 0 ? getTranslation("series.total") : getTranslation("col.indicator") + " " + e.getKey();
            LineSeries s = new LineSeries().setName(label)
                    .setData(years.stream().map(y -> (Number) e.getValue().get(y)).toArray(Number[]::new));
            if (first) {
                s.setMarkLine(ChartOptions.lines(false, new ChartOptions.Line(getTranslation("line.weak"), 80, ChartOptions.WEAK_COLOUR),
                        new ChartOptions.Line(getTranslation("line.passmark"), 85, ChartOptions.PASS_COLOUR)));
                s.setLineStyle(new org.icepear.echarts.components.series.LineStyle().setWidth(4));
                first = false;
            }
            chart.addSeries(s);
            List<String> row = new ArrayList<>();
            row.add(label);
            years.forEach(y -> row.add(e.getValue().containsKey(y) ? two(e.getValue().get(y)) : ""));
            rows.add(row);
        }
        return new ChartPanel("agency-history", getTranslation("chart.agency.history"), note, chart, new TableData(headers, rows),
                getTranslation("table.show"), getTranslation("table.download"), "380px");
    }

    private ChartPanel satisfactionPanel(SatisfactionSummary s, String note) {
        List<AreaResult> areas = s.areas();
        Bar chart = new Bar()
                .setTitle(new Title().setText(getTranslation("chart.satisfaction", s.fiscalYear()))
                        .setSubtext(getTranslation("chart.satisfaction.subtitle", two(s.overallPercent()), s.respondents(),
                                two(100 * s.shareOfAreasMeetingTarget()))))
                .setTooltip(new Tooltip().setTrigger("axis"))
                .addXAxis(new ValueAxis().setMin(0).setMax(100))
                .addYAxis(new CategoryAxis().setData(areas.stream().map(AreaResult::serviceArea).toArray(String[]::new)))
                .addSeries(new BarSeries().setName(getTranslation("col.percent"))
                        .setData(areas.stream().map(x -> (Number) x.percentSatisfied()).toArray(Number[]::new))
                        .setMarkLine(ChartOptions.lines(true, new ChartOptions.Line(getTranslation("line.satisfaction-target"), s.target(), ChartOptions.WEAK_COLOUR))));
        chart.getOption().setGrid(new org.icepear.echarts.components.grid.Grid().setLeft(230).setRight(40));
        List<List<String>> rows = areas.stream().map(x -> List.of(x.serviceArea(), String.valueOf(x.respondents()), two(x.meanScore()),
                x.sd().isPresent() ? two(x.sd().getAsDouble()) : "", two(x.percentSatisfied()),
                getTranslation(x.meetsTarget() ? "yes" : "no"))).toList();
        return new ChartPanel("agency-satisfaction", getTranslation("chart.satisfaction", s.fiscalYear()), note, chart,
                new TableData(List.of(getTranslation("col.area"), "n", getTranslation("col.mean5"), "SD", getTranslation("col.percent"),
                        getTranslation("col.meets")), rows),
                getTranslation("table.show"), getTranslation("table.download"), "300px");
    }

    private Div forecast(Optional<Forecast> forecast) {
        Div box = new Div();
        box.setId("forecast");
        box.add(new H3(getTranslation("agency.forecast")));
        box.add(new Paragraph(forecast.map(f -> getTranslation("agency.forecast.value", f.fiscalYear(), two(f.value()), two(f.low()),
                two(f.high()), f.basedOnYears())).orElse(getTranslation("agency.forecast.none"))));
        return box;
    }

    private String name(int indicator, String nameTh, YearMethodology rules) {
        return getLocale() != null && getLocale().getLanguage().equals("en") ? rules.indicator(indicator).nameEn() : nameTh;
    }

    private static Map<Integer, Double> means(List<WeakIndicatorFrequency> rows) {
        return rows.stream().collect(Collectors.toMap(WeakIndicatorFrequency::indicator, WeakIndicatorFrequency::meanScore));
    }


}
