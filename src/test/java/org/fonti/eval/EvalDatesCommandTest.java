package org.fonti.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class EvalDatesCommandTest {

    @Test
    void missingDataFolderExitsWithTwo() {
        int code = new CommandLine(new EvalDatesCommand()).execute("/nonexistent/dates-data-folder");
        assertEquals(2, code);
    }
}
