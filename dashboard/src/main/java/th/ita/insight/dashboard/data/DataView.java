package th.ita.insight.dashboard.data;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import th.ita.insight.analytics.store.IngestHistory;
import th.ita.insight.ingest.load.BatchLoader;
import th.ita.insight.ingest.load.LoadResult;
import th.ita.insight.ingest.load.Reject;

import java.util.List;
import java.util.Locale;

/** Data (ข้อมูล), admins only: upload CSV/TSV/XLSX through the ingest pipeline, see its validation report and the batch history. */
@Route("data")
@PageTitle("ITA Insight")
@RolesAllowed("ADMIN")
class DataView extends VerticalLayout {

    private final UploadService uploads;
    private final Div report = new Div();
    private final Grid<IngestHistory.Batch> history = new Grid<>();
    private volatile Outcome outcome;

    /** What the last upload did, handed from the upload request to the UI. */
    private record Outcome(LoadResult result, String error) {}

    DataView(UploadService uploads) {
        this.uploads = uploads;
        setMaxWidth("1200px");
        setWidthFull();
        add(new H1(getTranslation("data.title")), new Paragraph(getTranslation("data.intro")));

        Select<String> kind = new Select<>();
        kind.setId("upload-kind");
        kind.setLabel(getTranslation("data.kind"));
        kind.setItems("", "scores", "satisfaction");
        kind.setItemLabelGenerator(k -> k.isEmpty() ? getTranslation("data.kind.detect") : getTranslation("data.kind." + k));
        kind.setValue("");
        Checkbox strict = new Checkbox(getTranslation("data.strict"));
        strict.setId("upload-strict");

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                outcome = new Outcome(uploads.load(metadata.fileName(), bytes, kind.getValue(), strict.getValue()), null);
            } catch (RuntimeException e) {
                // one clear line for the admin, never a stack trace
                outcome = new Outcome(null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""));
            }
        }));
        upload.setId("upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) UploadService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".tsv", ".xlsx", "text/csv", "text/tab-separated-values",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        com.vaadin.flow.component.upload.UploadI18N i18n = new com.vaadin.flow.component.upload.UploadI18N();
        i18n.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles().setOne(getTranslation("data.upload.button")));
        i18n.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles().setOne(getTranslation("data.upload.drop")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        upload.addAllFinishedListener(e -> {
            Outcome o = outcome;
            if (o != null) {
                render(o);
            }
            upload.clearFileList();
        });
        report.setId("upload-report");
        add(new HorizontalLayout(kind, strict), upload, report);

        history.setId("batch-history");
        history.addColumn(IngestHistory.Batch::batchId).setHeader("batch").setAutoWidth(true);
        history.addColumn(IngestHistory.Batch::fileName).setHeader(getTranslation("data.col.file")).setFlexGrow(2);
        history.addColumn(IngestHistory.Batch::kind).setHeader(getTranslation("data.kind"));
        history.addColumn(IngestHistory.Batch::engine).setHeader("engine");
        history.addColumn(b -> b.finishedAt().toString().replace('T', ' ')).setHeader(getTranslation("data.col.time"));
        history.addColumn(IngestHistory.Batch::rowsRead).setHeader(getTranslation("data.col.read"));
        history.addColumn(IngestHistory.Batch::rowsLoaded).setHeader(getTranslation("data.col.loaded"));
        history.addColumn(IngestHistory.Batch::rowsRejected).setHeader(getTranslation("data.col.rejected"));
        history.addColumn(b -> b.synthetic() ? getTranslation("data.synthetic-batch") : "").setHeader("");
        history.addColumn(b -> b.sha256().substring(0, 12)).setHeader("sha256");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        history.setAllRowsVisible(true);
        add(new H3(getTranslation("data.history")), history);
        refreshHistory();
    }

    private void render(Outcome o) {
        report.removeAll();
        if (o.error() != null) {
            showError(o.error());
            return;
        }
        LoadResult r = o.result();
        Paragraph summary = new Paragraph(switch (r.status()) {
            case LOADED -> getTranslation("data.loaded", r.file().getFileName(), r.rowsRead(), r.rowsLoaded(), r.rejects().size());
            case SKIPPED_ALREADY_LOADED -> getTranslation("data.skipped", r.file().getFileName(), r.batchId().orElse(0L));
            case FAILED_STRICT -> getTranslation("data.strict-failed", r.file().getFileName(), r.rejects().size());
        });
        summary.setId("upload-summary");
        report.add(summary);
        if (!r.rejects().isEmpty()) {
            Grid<Reject> rejects = new Grid<>();
            rejects.setId("upload-rejects");
            rejects.addColumn(Reject::line).setHeader(getTranslation("data.col.line")).setAutoWidth(true);
            rejects.addColumn(Reject::column).setHeader(getTranslation("data.col.column")).setAutoWidth(true);
            rejects.addColumn(Reject::value).setHeader(getTranslation("data.col.value")).setAutoWidth(true);
            rejects.addColumn(j -> j.rule().name().toLowerCase(Locale.ROOT)).setHeader(getTranslation("data.col.rule")).setAutoWidth(true);
            rejects.addColumn(Reject::message).setHeader(getTranslation("data.col.message")).setFlexGrow(3);
            rejects.setItems(r.rejects());
            rejects.setAllRowsVisible(r.rejects().size() < 20);
            rejects.addThemeVariants(GridVariant.LUMO_COMPACT);
            report.add(new Paragraph(BatchLoader.summary(r)), rejects);
        }
        refreshHistory();
    }

    private void showError(String message) {
        report.removeAll();
        Paragraph p = new Paragraph(getTranslation("data.error", message));
        p.setId("upload-error");
        p.addClassName("warning-note");
        report.add(p);
    }

    private void refreshHistory() {
        List<IngestHistory.Batch> batches = uploads.history();
        history.setItems(batches);
    }
}
