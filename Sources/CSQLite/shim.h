#ifndef JOBPIPE_CSQLITE_SHIM_H
#define JOBPIPE_CSQLITE_SHIM_H
#include <sqlite3.h>
#include <sys/vfs.h>
/* SQLITE_TRANSIENT is a cast macro Swift cannot import. */
static inline sqlite3_destructor_type jp_sqlite_transient(void) { return SQLITE_TRANSIENT; }
/* The file system type (statfs f_type) holding path, or -1: SQLite's locking
   is unreliable on network file systems, which the store refuses. */
static inline long jp_file_system_type(const char *path) {
    struct statfs st;
    return statfs(path, &st) == 0 ? (long)st.f_type : -1;
}
#endif
