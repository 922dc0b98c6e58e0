-- wrk script for the person-lookup load test: each request takes the next held-out noisy query from a file of paths,
-- with the bearer token from token.txt (both written by LookupHttpBenchmark with -Dbench.external=<dir>).
--   NMO_BENCH_DIR    the directory (default target/bench)
--   NMO_BENCH_PATHS  the file of paths: paths.txt (held out, the default) or warmup.txt (for warming the JIT up)
--   NMO_BENCH_START  where in the file this run starts; give each measured run its own stretch (0, 100000, 200000)
--                    so that no query is asked twice and the search's cache of alike words is not flattered
-- Each of wrk's threads reads its own stretch of 50,000 queries from the start.
local dir = os.getenv("NMO_BENCH_DIR") or "target/bench"
local paths = {}
for line in io.lines(dir .. "/" .. (os.getenv("NMO_BENCH_PATHS") or "paths.txt")) do paths[#paths + 1] = line end
local token = io.open(dir .. "/token.txt"):read("*a")
local start = tonumber(os.getenv("NMO_BENCH_START") or "0")
local counter = 0

function setup(thread)
  thread:set("offset", start + counter * 50000)
  counter = counter + 1
end

function init(args)
  n = offset or 0
end

function request()
  local path = paths[(n % #paths) + 1]
  n = n + 1
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors (non-2xx/3xx) %d, p50 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
