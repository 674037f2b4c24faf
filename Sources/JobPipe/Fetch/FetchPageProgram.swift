/// fetch-page as a whole: its input read on a thread of its own (so a slow
/// producer never stalls transfers in flight), the engine, and the shared
/// ends of `StreamFilter`.
public enum FetchPageProgram {
    public static func run(options: FetchOptions, common: CommonOptions) -> Int32 {
        StreamFilter(program: "fetch-page", options: common).session { run in
            let engine = try FetchEngine(options: options)
            let input = FetchInput()
            input.start(run) { engine.wake() }
            try engine.run(input: input, emit: { slot in
                try run.write(slot.finished(), failed: slot.hasError)
            }, beforeWait: { try run.out.flush() })
        }
    }
}
