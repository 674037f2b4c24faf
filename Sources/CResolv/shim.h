#ifndef JOBPIPE_CRESOLV_SHIM_H
#define JOBPIPE_CRESOLV_SHIM_H
/* glibc's resolver (res_ninit, res_nquery, ns_parserr from libresolv; Debian:
   libc6-dev): one query on a resolver state of its own, so threads do not share one. */
#include <sys/types.h>
#include <string.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <resolv.h>
#include <netdb.h>

/* What a query came back with. */
enum { JP_DNS_ANSWER = 0, JP_DNS_NODATA = 1, JP_DNS_NXDOMAIN = 2, JP_DNS_NOANSWER = 3 };

/* Asks `name` for records of `type` (ns_t_mx, ns_t_a, ns_t_aaaa), from
   `server` (an IPv4 address; NULL: the system's resolv.conf) on `port`, waiting
   `timeout` seconds per try, `attempts` tries. On JP_DNS_ANSWER, `*count` is the
   number of answer records of that type and, for MX, `*null_mx` is 1 when the
   only one is RFC 7505's null MX (preference 0, exchange "."). */
static inline int jp_dns_query(const char *name, int type, const char *server, int port, int timeout, int attempts,
                               int *count, int *null_mx) {
    struct __res_state st;
    memset(&st, 0, sizeof st);
    *count = 0;
    *null_mx = 0;
    if (res_ninit(&st) != 0) return JP_DNS_NOANSWER;
    if (server) {
        struct sockaddr_in sa;
        memset(&sa, 0, sizeof sa);
        sa.sin_family = AF_INET;
        sa.sin_port = htons((unsigned short)port);
        if (inet_pton(AF_INET, server, &sa.sin_addr) != 1) { res_nclose(&st); return JP_DNS_NOANSWER; }
        st.nsaddr_list[0] = sa;
        st.nscount = 1;
        for (int i = 0; i < MAXNS; i++) st._u._ext.nsaddrs[i] = NULL;
    }
    st.retrans = timeout > 0 ? timeout : 1;
    st.retry = attempts > 0 ? attempts : 1;
    st.options &= ~(RES_DNSRCH | RES_DEFNAMES);
    unsigned char answer[4096];
    int n = res_nquery(&st, name, ns_c_in, type, answer, sizeof answer);
    int herr = st.res_h_errno;
    res_nclose(&st);
    if (n < 0) {
        if (herr == HOST_NOT_FOUND) return JP_DNS_NXDOMAIN;
        if (herr == NO_DATA) return JP_DNS_NODATA;
        return JP_DNS_NOANSWER;
    }
    ns_msg msg;
    if (ns_initparse(answer, n, &msg) != 0) return JP_DNS_NOANSWER;
    int total = ns_msg_count(msg, ns_s_an), found = 0, nulls = 0;
    for (int i = 0; i < total; i++) {
        ns_rr rr;
        if (ns_parserr(&msg, ns_s_an, i, &rr) != 0) return JP_DNS_NOANSWER;
        if (ns_rr_type(rr) != type) continue;
        found++;
        if (type == ns_t_mx && ns_rr_rdlen(rr) >= 3) {
            const unsigned char *rd = ns_rr_rdata(rr);
            /* preference 0 and the root name (one zero byte) */
            if (rd[0] == 0 && rd[1] == 0 && rd[2] == 0) nulls++;
        }
    }
    *count = found;
    *null_mx = (found == 1 && nulls == 1);
    return found > 0 ? JP_DNS_ANSWER : JP_DNS_NODATA;
}
#endif
