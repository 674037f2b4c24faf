#if canImport(Glibc)
import Glibc
#endif

/// fetch-page as a whole: input thread, engine, output, exit status.
public enum FetchPage {
    public static func run(options: FetchOptions, common: CommonOptions) -> Int32 {
        ignoreSIGPIPE()
        let diagnostics = Diagnostics(program: "fetch-page", format: common.logFormat)
        var rejects: Rejects?
        do {
            if let path = common.rejects { rejects = try Rejects(path: path) }
        } catch {
            diagnostics.error("\(error)")
            return ExitStatus.ioError
        }
        let engine = FetchEngine(options: options)
        let input = FetchInput()
        input.start(files: common.files, diagnostics: diagnostics, rejects: rejects) { [unowned engine] in engine.wake() }
        let out = OutputWriter()
        var summary = RunSummary()
        do {
            try engine.run(input: input, emit: { slot in
                try out.write(record: slot.finished().bytes)
                summary.records += 1
                if slot.hasError { summary.withErrors += 1 }
                diagnostics.progress("\(summary.records) records")
            }, beforeWait: { try out.flush() })
            try out.flush()
            diagnostics.clearProgress()
        } catch OutputWriter.Failure.brokenPipe {
            // The reader has gone (`| head`): keep the rejects so far, stop quietly, input thread and all.
            try? rejects?.commit()
            exit(ExitStatus.ok)
        } catch {
            diagnostics.clearProgress()
            diagnostics.error(describe(error))
            try? rejects?.commit()
            return ExitStatus.ioError
        }
        if let failure = input.failure {
            diagnostics.error(failure)
            summary.inputFailed = true
        }
        do { try rejects?.commit() } catch {
            diagnostics.error("\(error)")
            return ExitStatus.ioError
        }
        summary.rejected = input.rejected
        summary.inputFailed = summary.inputFailed || input.openFailed
        return summary.status(strict: common.strict)
    }
}
