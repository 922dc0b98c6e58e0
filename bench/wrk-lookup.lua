-- wrk script for the person-lookup load test: each request takes the next held-out noisy query from paths.txt,
-- with the bearer token from token.txt (both written by LookupHttpBenchmark with -Dbench.external=<dir>).
local dir = os.getenv("NMO_BENCH_DIR") or "target/bench"
local paths = {}
for line in io.lines(dir .. "/paths.txt") do paths[#paths + 1] = line end
local token = io.open(dir .. "/token.txt"):read("*a")
local counter = 0

function setup(thread)
  thread:set("offset", counter * 997)
  counter = counter + 1
end

function init(args)
  n = offset or 0
end

function request()
  n = n + 1
  local path = paths[(n % #paths) + 1]
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors (non-2xx/3xx) %d, p50 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
