import type { Db } from '../../../src/db/client.ts';
import type { SearchEngine } from '../../../src/modules/search/search-engine.ts';
import type { TestContext } from '../../helpers/test-app.ts';
import {
  certificate,
  distributorOrg,
  indexProducts,
  openDemand,
  producerOrg,
  publicProduct,
  type DemandSpec,
  type ProductSpec,
} from './matching-fixtures.ts';

/**
 * Seven demands and forty products. Each of the first six demands has one product that should
 * win it (`expected`); the distractors each lose on something the engine must see: a producer
 * that cannot issue VAT invoices, an expired HACCP certificate, a harvest outside the month
 * needed, a capacity far below the volume, a province outside the preferred one, another
 * category. The seventh (`pomelo`) can only be served by three producers of one province together.
 */
const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const food = 'food';
const drink = 'beverage';

type Row = [key: string, producer: string, spec: Omit<ProductSpec, 'provinceCode'>];

/** Producers: key → province and whether it is ready for modern retail. */
const producers: Record<string, [province: string, ready: boolean]> = {
  uMinh: ['ca-mau', true],
  uMinhCoop: ['ca-mau', false],
  dakLakHoney: ['dak-lak', true],
  tuyenQuangHoney: ['tuyen-quang', true],
  beeLamDong: ['lam-dong', true],
  phuQuoc: ['an-giang', true],
  phuQuocOld: ['an-giang', true],
  phanThiet: ['lam-dong', true],
  namO: ['da-nang', true],
  sauces: ['ho-chi-minh', true],
  laoCaiChili: ['lao-cai', true],
  bmt: ['dak-lak', true],
  gialai: ['gia-lai', true],
  cauDat: ['lam-dong', true],
  weasel: ['dak-lak', true],
  instant: ['ho-chi-minh', true],
  st25: ['can-tho', true],
  st24: ['can-tho', true],
  haiHau: ['ninh-binh', true],
  redRice: ['dong-thap', true],
  noodles: ['an-giang', true],
  shanHaGiang: ['tuyen-quang', true],
  shanYenBai: ['lao-cai', true],
  tanCuong: ['thai-nguyen', true],
  oolong: ['lam-dong', true],
  lotus: ['ha-noi', true],
  lucNgan: ['bac-ninh', true],
  thanhHa: ['hai-phong', true],
  driedFruit: ['bac-ninh', true],
  longan: ['hung-yen', true],
  mango: ['dong-thap', true],
  benTreA: ['vinh-long', true],
  benTreB: ['vinh-long', true],
  choLach: ['vinh-long', true],
  tanTrieu: ['dong-nai', true],
  offSeason: ['vinh-long', true],
  batTrang: ['ha-noi', true],
  hue: ['hue', true],
};

// prettier-ignore
const rows: Row[] = [
  ['honeyUMinh', 'uMinh', { nameVi: 'Mật ong rừng U Minh Hạ', ocopGroup: food, category: 'honey', ocopStars: 5, priceMin: 280_000, priceMax: 320_000 }],
  ['honeyUMinhCoop', 'uMinhCoop', { nameVi: 'Mật ong rừng U Minh nguyên chất', ocopGroup: food, category: 'honey', ocopStars: 4, priceMin: 300_000 }],
  ['honeyCoffee', 'dakLakHoney', { nameVi: 'Mật ong hoa cà phê', ocopGroup: food, category: 'honey', ocopStars: 4, monthlyCapacity: 2000, priceMin: 200_000 }],
  ['honeyMint', 'tuyenQuangHoney', { nameVi: 'Mật ong bạc hà', ocopGroup: food, category: 'honey', ocopStars: 3, monthlyCapacity: 100 }],
  ['pollen', 'uMinh', { nameVi: 'Phấn hoa ong', ocopGroup: food, category: 'honey', ocopStars: 3 }],
  ['royalJelly', 'beeLamDong', { nameVi: 'Sữa ong chúa', ocopGroup: food, category: 'honey', ocopStars: 4 }],
  ['fishSauce', 'phuQuoc', { nameVi: 'Nước mắm Phú Quốc 40 độ đạm', ocopGroup: food, category: 'seasonings', ocopStars: 5, unit: 'l', monthlyCapacity: 5000, exportedTo: ['JP', 'US'] }],
  ['fishSauceExpired', 'phuQuocOld', { nameVi: 'Nước mắm Phú Quốc truyền thống', ocopGroup: food, category: 'seasonings', ocopStars: 5, unit: 'l', monthlyCapacity: 5000, exportedTo: ['JP'] }],
  ['fishSaucePhanThiet', 'phanThiet', { nameVi: 'Nước mắm Phan Thiết', ocopGroup: food, category: 'seasonings', ocopStars: 4, unit: 'l', monthlyCapacity: 5000 }],
  ['fishSauceNamO', 'namO', { nameVi: 'Nước mắm Nam Ô', ocopGroup: food, category: 'seasonings', ocopStars: 4, unit: 'l', monthlyCapacity: 3000, exportedTo: ['KR'] }],
  ['soySauce', 'sauces', { nameVi: 'Nước tương nấm', ocopGroup: food, category: 'seasonings', ocopStars: 4, unit: 'l' }],
  ['chiliSauce', 'laoCaiChili', { nameVi: 'Tương ớt Mường Khương', ocopGroup: food, category: 'seasonings', ocopStars: 3, unit: 'l' }],
  ['coffeeBmt', 'bmt', { nameVi: 'Cà phê Robusta rang xay Buôn Ma Thuột', ocopGroup: drink, category: 'coffee', ocopStars: 4, monthlyCapacity: 3000 }],
  ['coffeeGiaLai', 'gialai', { nameVi: 'Cà phê Robusta rang xay Gia Lai', ocopGroup: drink, category: 'coffee', ocopStars: 5, monthlyCapacity: 5000, monthsAvailable: [11, 12, 1, 2] }],
  ['coffeeArabica', 'cauDat', { nameVi: 'Cà phê Arabica Cầu Đất', ocopGroup: drink, category: 'coffee', ocopStars: 5, monthlyCapacity: 500 }],
  ['coffeeWeasel', 'weasel', { nameVi: 'Cà phê Robusta chồn rang xay', ocopGroup: drink, category: 'coffee', ocopStars: 5, monthlyCapacity: 50 }],
  ['coffeeInstant', 'instant', { nameVi: 'Cà phê hòa tan', ocopGroup: drink, category: 'coffee', ocopStars: 3, monthlyCapacity: 10_000 }],
  ['riceSt25', 'st25', { nameVi: 'Gạo ST25 Sóc Trăng', ocopGroup: food, category: 'rice-grains', ocopStars: 5, monthlyCapacity: 30_000 }],
  ['riceSt24', 'st24', { nameVi: 'Gạo ST24', ocopGroup: food, category: 'rice-grains', ocopStars: 4, monthlyCapacity: 5000 }],
  ['riceHaiHau', 'haiHau', { nameVi: 'Gạo Tám thơm Hải Hậu', ocopGroup: food, category: 'rice-grains', ocopStars: 4, monthlyCapacity: 50_000 }],
  ['riceRed', 'redRice', { nameVi: 'Gạo lứt đỏ', ocopGroup: food, category: 'rice-grains', ocopStars: 3, monthlyCapacity: 2000 }],
  ['riceNoodles', 'noodles', { nameVi: 'Bún gạo ST25 khô', ocopGroup: food, category: 'processed-foods', ocopStars: 4, monthlyCapacity: 30_000 }],
  ['teaShan', 'shanHaGiang', { nameVi: 'Trà Shan tuyết cổ thụ', ocopGroup: drink, category: 'tea', ocopStars: 4, monthlyCapacity: 500 }],
  ['teaShanYenBai', 'shanYenBai', { nameVi: 'Trà Shan tuyết Suối Giàng', ocopGroup: drink, category: 'tea', ocopStars: 4, monthlyCapacity: 300 }],
  ['teaTanCuong', 'tanCuong', { nameVi: 'Chè Tân Cương Thái Nguyên', ocopGroup: drink, category: 'tea', ocopStars: 5 }],
  ['teaOolong', 'oolong', { nameVi: 'Trà Ô long Lâm Đồng', ocopGroup: drink, category: 'tea', ocopStars: 4 }],
  ['teaLotus', 'lotus', { nameVi: 'Trà sen Tây Hồ', ocopGroup: drink, category: 'tea', ocopStars: 5 }],
  ['lycheeLucNgan', 'lucNgan', { nameVi: 'Vải thiều Lục Ngạn', ocopGroup: food, category: 'fruit', ocopStars: 4, monthlyCapacity: 20_000, monthsAvailable: [5, 6, 7] }],
  ['lycheeThanhHa', 'thanhHa', { nameVi: 'Vải thiều Thanh Hà', ocopGroup: food, category: 'fruit', ocopStars: 4, monthlyCapacity: 10_000, monthsAvailable: [5, 6] }],
  ['lycheeDried', 'driedFruit', { nameVi: 'Vải thiều sấy khô', ocopGroup: food, category: 'dried-foods', ocopStars: 4 }],
  ['longan', 'longan', { nameVi: 'Nhãn lồng Hưng Yên', ocopGroup: food, category: 'fruit', ocopStars: 4, monthsAvailable: [7, 8] }],
  ['mango', 'mango', { nameVi: 'Xoài cát Hòa Lộc', ocopGroup: food, category: 'fruit', ocopStars: 4, monthlyCapacity: 8000 }],
  ['pomeloA', 'benTreA', { nameVi: 'Bưởi da xanh Bến Tre', ocopGroup: food, category: 'fruit', ocopStars: 4, monthlyCapacity: 4000 }],
  ['pomeloB', 'benTreB', { nameVi: 'Bưởi da xanh Mỏ Cày', ocopGroup: food, category: 'fruit', ocopStars: 4, monthlyCapacity: 4000 }],
  ['pomeloC', 'choLach', { nameVi: 'Bưởi da xanh Chợ Lách', ocopGroup: food, category: 'fruit', ocopStars: 3, monthlyCapacity: 3500 }],
  ['pomeloOtherProvince', 'tanTrieu', { nameVi: 'Bưởi da xanh Tân Triều', ocopGroup: food, category: 'fruit', ocopStars: 4, monthlyCapacity: 3000 }],
  ['pomeloSameProducer', 'benTreA', { nameVi: 'Bưởi Năm Roi', ocopGroup: food, category: 'fruit', ocopStars: 4, monthlyCapacity: 3000 }],
  ['pomeloOffSeason', 'offSeason', { nameVi: 'Bưởi da xanh trái vụ', ocopGroup: food, category: 'fruit', ocopStars: 4, monthlyCapacity: 20_000, monthsAvailable: [1, 2] }],
  ['ceramics', 'batTrang', { nameVi: 'Gốm Bát Tràng', ocopGroup: 'handicraft', category: 'ceramics', ocopStars: 4, unit: 'piece' }],
  ['conicalHat', 'hue', { nameVi: 'Nón lá Huế', ocopGroup: 'handicraft', category: 'other-crafts', ocopStars: 3, unit: 'piece' }],
];

export type Catalogue = Awaited<ReturnType<typeof buildCatalogue>>;

export async function buildCatalogue(ctx: TestContext, engine: SearchEngine) {
  const db: Db = ctx.database.db;
  const orgs: Record<string, string> = {};
  for (const [key, [province, ready]] of Object.entries(producers)) {
    orgs[key] = await producerOrg(ctx, province, ready ? undefined : null);
  }
  const products: Record<string, string> = {};
  for (const [key, producer, spec] of rows) {
    const row = await publicProduct(db, orgs[producer]!, {
      monthsAvailable: all,
      provinceCode: producers[producer]![0],
      ...spec,
    });
    products[key] = row.id;
  }
  const supermarket = await distributorOrg(ctx, {
    requiresVatInvoice: true,
    requiresGs1Barcode: true,
    paymentDays: 30,
  });
  const importer = await distributorOrg(ctx, { requiresVatInvoice: true });
  // HACCP: valid for the winner and two others; lapsed for the old Phú Quốc producer.
  const by = supermarket.userId;
  await certificate(db, by, orgs.phuQuoc!, products.fishSauce!, 'haccp');
  await certificate(db, by, orgs.phanThiet!, products.fishSaucePhanThiet!, 'haccp');
  await certificate(db, by, orgs.namO!, null, 'haccp');
  await certificate(db, by, orgs.phuQuocOld!, products.fishSauceExpired!, 'haccp', '2024-06-30');
  await indexProducts(db, engine, Object.values(products));
  const chain = await distributorOrg(ctx);
  // prettier-ignore
  const specs: Record<string, [typeof chain, DemandSpec, string]> = {
    honey: [supermarket, { title: 'Mật ong rừng U Minh', ocopGroup: food, category: 'honey', quantityPerOrder: 100, quantityPerMonth: 300, priceMax: 350_000 }, 'honeyUMinh'],
    fishSauce: [importer, { title: 'Nước mắm Phú Quốc xuất khẩu Nhật Bản', ocopGroup: food, category: 'seasonings', quantityPerOrder: 500, quantityPerMonth: 1000, unit: 'l', destinationCountry: 'JP', requiredCertifications: ['haccp'], minOcopStars: 4 }, 'fishSauce'],
    coffee: [chain, { title: 'Cần mua cà phê Robusta rang xay cho chuỗi siêu thị', ocopGroup: drink, category: 'coffee', quantityPerOrder: 200, quantityPerMonth: 500, neededBy: '2027-06-10' }, 'coffeeBmt'],
    rice: [supermarket, { title: 'Gạo ST25', ocopGroup: food, category: 'rice-grains', quantityPerOrder: 5, quantityPerMonth: 20, unit: 'tonne' }, 'riceSt25'],
    tea: [chain, { title: 'Trà Shan tuyết', ocopGroup: drink, category: 'tea', quantityPerOrder: 50, preferredProvinces: ['tuyen-quang'] }, 'teaShan'],
    lychee: [chain, { title: 'Vải thiều tươi', ocopGroup: food, category: 'fruit', quantityPerOrder: 1000, quantityPerMonth: 2000, neededBy: '2027-06-20' }, 'lycheeLucNgan'],
    pomelo: [chain, { title: 'Bưởi da xanh', ocopGroup: food, category: 'fruit', quantityPerOrder: 2000, quantityPerMonth: 10_000, neededBy: '2027-08-10' }, 'pomeloA'],
  };
  const demands: Record<string, { id: string; version: number; expected: string }> = {};
  for (const [key, [distributor, spec, expected]] of Object.entries(specs)) {
    const row = await openDemand(db, distributor, spec);
    demands[key] = { id: row.id, version: row.version, expected: products[expected]! };
  }
  return { orgs, products, demands, distributors: { supermarket, importer, chain } };
}
