-- Under /api/v1/articles/: a slug chosen at random from the file KIOSQUE_BENCH_SLUGS names (the
-- former slugs bench/run writes to target/bench-former-slugs.txt, each answered 301 to its
-- article), or, when it names none, a new slug no article has on every request (a scanner: each a
-- 404, and a new key for the response cache). Answers other than KIOSQUE_BENCH_EXPECT are counted
-- and printed at the end ("unexpected N"): wrk counts every non-2xx alike.
local slugs = {}
local file = os.getenv("KIOSQUE_BENCH_SLUGS")
if file and file ~= "" then
  for line in io.lines(file) do
    slugs[#slugs + 1] = "/api/v1/articles/" .. line
  end
end
local sent = 0
local expected = tonumber(os.getenv("KIOSQUE_BENCH_EXPECT"))
local threads = {}
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end
function init(args)
  math.randomseed(os.time() * 1000 + (id or 0))
  unexpected = 0
end
request = function()
  if #slugs == 0 then
    sent = sent + 1
    return wrk.format("GET", "/api/v1/articles/jamais-publie-" .. (id or 0) .. "-" .. os.time() .. "-" .. sent)
  end
  return wrk.format("GET", slugs[math.random(#slugs)])
end
response = function(status, headers, body)
  if status ~= expected then
    unexpected = unexpected + 1
  end
end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("unexpected")
  end
  io.write("unexpected " .. total .. "\n")
end
