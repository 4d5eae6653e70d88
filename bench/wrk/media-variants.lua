-- The variants' cold twin: a library file chosen at random among the variants of many distinct photos
-- (bench/media-uploads writes their paths to the file KIOSQUE_BENCH_VARIANTS names), against one hot variant.
local paths = {}
for line in io.lines(os.getenv("KIOSQUE_BENCH_VARIANTS")) do
  paths[#paths + 1] = line
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
  return wrk.format("GET", paths[math.random(#paths)])
end
