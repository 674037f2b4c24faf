# shellcheck shell=sh
# Sourced by the benchmarks that serve pages from a loopback nginx
# (fetch-page.sh, loadtest.sh); they set $tmp and clean up $nginx_pid.
#   need_nginx            installs nginx-light when missing; sets $nginx
#   start_nginx PORT ROOT writes $tmp/nginx.conf for 127.0.0.1:PORT with the
#                         server directives ROOT, starts nginx, sets $nginx_pid

need_nginx() {
	if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
		sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
		$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >&2
	fi
	nginx=$(command -v nginx || echo /usr/sbin/nginx)
}

# shellcheck disable=SC2034,SC2154 # $tmp comes from the sourcing benchmark, $nginx_pid goes back to it
start_nginx() {
	mkdir -p "$tmp/logs"
	cat > "$tmp/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/logs/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    types { text/html html; text/plain txt; }
    keepalive_requests 100000;
    client_body_temp_path $tmp/logs;
    server { listen 127.0.0.1:$1 default_server; $2 }
}
CONF
	"$nginx" -c "$tmp/nginx.conf" -p "$tmp" &
	nginx_pid=$!
	sleep 0.5
}
