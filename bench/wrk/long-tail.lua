-- The long tail: a published article chosen at random among all of them (what search engines,
-- crawlers and old links send), from the list of slugs bench/run writes to target/bench-slugs.txt.
local slugs = {}
for line in io.lines(os.getenv("KIOSQUE_BENCH_SLUGS") or "target/bench-slugs.txt") do
  slugs[#slugs + 1] = "/api/v1/articles/" .. line
end
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end
function init(args)
  math.randomseed(os.time() * 1000 + (id or 0))
end
request = function()
  return wrk.format("GET", slugs[math.random(#slugs)])
end
