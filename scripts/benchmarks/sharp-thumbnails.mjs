// Renders the same three sizes as the thumbnail function with sharp (libvips), one image at a
// time, and prints `pass <n> <images> <seconds>` per pass like the Java driver.
import sharp from "sharp";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join, parse } from "node:path";

const [input, output, passes] = process.argv.slice(2);
sharp.concurrency(1);
sharp.cache(false);
const sizes = [
  { name: "small", width: 150, height: 150, fit: "cover" },
  { name: "medium", width: 500, height: 500, fit: "inside" },
  { name: "large", width: 1200, height: 1200, fit: "inside" },
];
for (const size of sizes) mkdirSync(join(output, size.name), { recursive: true });
const images = readdirSync(input).filter((f) => /\.(jpe?g|png)$/i.test(f)).sort();

for (let pass = 1; pass <= Number(passes); pass++) {
  const start = process.hrtime.bigint();
  for (const file of images) {
    const source = sharp(readFileSync(join(input, file))).rotate(); // honours EXIF orientation
    await Promise.all(
      sizes.map((s) =>
        source
          .clone()
          .resize(s.width, s.height, { fit: s.fit, withoutEnlargement: true })
          .flatten({ background: "#ffffff" })
          .jpeg({ quality: 85 })
          .toFile(join(output, s.name, parse(file).name + ".jpg")),
      ),
    );
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`pass ${pass} ${images.length} ${seconds.toFixed(4)}`);
}
