-- A slug chosen at random from the file KIOSQUE_BENCH_SLUGS names, under /api/v1/articles/: the
-- former slugs bench/run writes to target/bench-former-slugs.txt (each answered 301 to its article),
-- or slugs no article ever had (target/bench-unknown-slugs.txt, each a 404), as old links and
-- scanners send them.
local slugs = {}
for line in io.lines(os.getenv("KIOSQUE_BENCH_SLUGS")) do
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
