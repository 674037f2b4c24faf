/// The body of an `ssh` stand-in for tests of `--sshlogin`: it drops ssh's
/// options, writes the host to `log` when given, and runs the command here.
func sshStandIn(log: String? = nil) -> String {
    """
    #!/bin/bash
    while [ $# -gt 0 ]; do
    \tcase $1 in
    \t-[bcDEeFIiJLlmOopQRSWw]) shift 2 ;;
    \t-*) shift ;;
    \t*) break ;;
    \tesac
    done
    \(log.map { "echo \"$1\" >> '\($0)'" } ?? ":")
    shift
    [ "${1:-}" = -- ] && shift
    exec bash -c "$*"

    """
}
