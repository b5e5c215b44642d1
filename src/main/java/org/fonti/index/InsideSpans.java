package org.fonti.index;

import java.util.List;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.fonti.tagging.Quotation;

/**
 * Keeps only the tokens that lie inside the article's quotations. The field it feeds is analysed over the whole
 * text, so its offsets point into the article text like the body's, and its positions keep the gaps.
 */
final class InsideSpans extends FilteringTokenFilter {

    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
    private final List<Quotation> spans;
    private int next;

    InsideSpans(TokenStream input, List<Quotation> spans) {
        super(input);
        this.spans = spans;
    }

    @Override
    protected boolean accept() {
        int start = offsets.startOffset();
        while (next < spans.size() && spans.get(next).end() <= start) {
            next++;
        }
        return next < spans.size() && spans.get(next).start() <= start && offsets.endOffset() <= spans.get(next).end();
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
    }
}
