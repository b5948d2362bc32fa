package com.billaudit.llm.vision;

import com.billaudit.domain.LineItem;
import com.billaudit.domain.PageText;
import com.billaudit.llm.Deadline;
import com.billaudit.llm.JsonReply;
import com.billaudit.llm.LlmCall;
import com.billaudit.llm.LlmGateway;
import com.billaudit.llm.Redactor;
import com.billaudit.llm.extract.ExtractedRow;
import com.billaudit.llm.extract.PageEvidence;
import com.billaudit.llm.extract.SummaryReader;
import com.billaudit.llm.extract.PageExtraction;
import com.billaudit.llm.extract.RowReader;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.output.JsonSchemas;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Reads a scanned page's charges from its image with a vision model (OpenAI-compatible image
 * content): only the charges region is sent, downscaled, with the page's OCR text (redacted) so
 * the model copies OCR's words where OCR read them. Its rows are raw: {@link FigureSupport}
 * decides which figures can be trusted.
 */
public final class PageImageReader {

    public static final String AGENT = "page-reader";
    static final String PROMPT_VERSION = "read-page-image.v1";
    private static final String PROMPT = resource("/prompts/" + PROMPT_VERSION + ".txt");
    private static final JsonSchema SCHEMA = JsonSchemas.jsonSchemaFrom(PageExtraction.class).orElseThrow();
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ChatModel model;
    private final LlmGateway gateway;
    private final Redactor redactor;

    public PageImageReader(ChatModel model, LlmGateway gateway, Redactor redactor) {
        this.model = model;
        this.gateway = gateway;
        this.redactor = redactor;
    }

    /**
     * The rows the model reads on the page's image (figures not yet checked), and the summary
     * figures it read that OCR also printed; empty when the call failed.
     */
    public Optional<PageReading> read(PageText ocr, BufferedImage page, Deadline deadline) {
        String png = Base64.getEncoder().encodeToString(png(ChargesCrop.of(page, ocr)));
        String words = redactor.redact(ocr.text());
        String request = "Page " + ocr.number() + " of the document. OCR read on this page:\n<<<\n" + words + "\n>>>";
        var call = new LlmCall<>(AGENT, PROMPT_VERSION, request + "\n" + png, PageExtraction.class,
                () -> ask(request, png));
        return gateway.ask(call, deadline, answer -> new PageReading(rows(answer, ocr.number()),
                SummaryReader.read(answer.summary(), new PageEvidence(ocr))));
    }

    private Result<PageExtraction> ask(String request, String png) throws IOException {
        ChatResponse response = model.chat(ChatRequest.builder()
                .messages(SystemMessage.from(PROMPT),
                        UserMessage.from(TextContent.from(request), ImageContent.from(png, "image/png")))
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(SCHEMA).build())
                .build());
        PageExtraction answer = JSON.readValue(JsonReply.objectIn(response.aiMessage().text()), PageExtraction.class);
        return Result.<PageExtraction>builder().content(answer).tokenUsage(response.tokenUsage())
                .finalResponse(response).build();
    }

    private static List<LineItem> rows(PageExtraction answer, int page) {
        List<LineItem> rows = new ArrayList<>();
        for (ExtractedRow row : answer.rows() == null ? List.<ExtractedRow>of() : answer.rows()) {
            RowReader.read(row, page).map(RowReader::withUnitPrice).ifPresent(rows::add);
        }
        return rows;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = PageImageReader.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
