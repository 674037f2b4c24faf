#ifndef JOBPIPE_CLIBPQ_SHIM_H
#define JOBPIPE_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#include <poll.h>
/* Waits up to timeout_ms for the connection's socket to be readable
   (a notification or a result): 1 when readable, 0 on timeout, -1 on error. */
static inline int jp_pq_wait_readable(PGconn *conn, int timeout_ms) {
    struct pollfd p = { .fd = PQsocket(conn), .events = POLLIN, .revents = 0 };
    if (p.fd < 0) return -1;
    int rc = poll(&p, 1, timeout_ms);
    return rc < 0 ? -1 : rc;
}
/* Notices ("relation already exists, skipping") are not the user's business. */
static void jp_pq_quiet_notice(void *arg, const char *message) { (void)arg; (void)message; }
static inline void jp_pq_silence_notices(PGconn *conn) {
    PQsetNoticeProcessor(conn, jp_pq_quiet_notice, 0);
}
#endif
