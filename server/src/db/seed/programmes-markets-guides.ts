/**
 * The demo market guides' contents: rules as the authorities publish them (each text names its
 * act or regulation), retailer asks marked as such. Seeded by programmes-markets.ts.
 */
import type { marketGuides } from '../schema/index.ts';

type GuideSeed = Omit<typeof marketGuides.$inferInsert, 'status' | 'createdBy' | 'retailerName'> & {
  retailerName: string | null;
};

export const AEON_JAPAN = 'AEON Japan';

const doc = (vi: string, en: string) => ({ vi, en });

const trade = (mission: string, missionEn: string) => ({
  name: mission,
  organization: 'Bộ Công Thương Việt Nam',
  role: `Thông tin thị trường, giới thiệu nhà nhập khẩu / ${missionEn}`,
});

export const demoGuides: GuideSeed[] = [
  {
    country: 'JP',
    retailerName: null,
    titleVi: 'Nhật Bản — yêu cầu chung đối với thực phẩm nhập khẩu',
    titleEn: 'Japan — general requirements for imported food',
    anyOfCertifications: ['haccp', 'iso22000', 'fssc22000'],
    labelLanguages: ['ja'],
    minRemainingShelfLifePercent: 67,
    transitDays: 21,
    labellingVi:
      'Nhãn tiếng Nhật theo Luật Ghi nhãn thực phẩm (食品表示法): tên sản phẩm; thành phần theo thứ tự khối lượng giảm dần, phụ gia ghi riêng; 8 chất gây dị ứng bắt buộc (tôm, cua, quả óc chó, lúa mì, kiều mạch, trứng, sữa, lạc); khối lượng tịnh; hạn dùng (賞味期限 hoặc 消費期限); cách bảo quản; tên và địa chỉ nhà nhập khẩu; nước xuất xứ; giá trị dinh dưỡng (năng lượng, đạm, béo, carbohydrate, muối quy đổi). Thường dán nhãn phụ tiếng Nhật tại kho nhà nhập khẩu.',
    labellingEn:
      'Japanese label under the Food Labeling Act: product name; ingredients in descending order of weight, additives listed separately; the 8 mandatory allergens (shrimp, crab, walnut, wheat, buckwheat, egg, milk, peanut); net content; best-before or use-by date; storage; importer name and address; country of origin; nutrition facts (energy, protein, fat, carbohydrate, salt equivalent). A Japanese sub-label is usually applied at the importer’s warehouse.',
    packagingVi:
      'Nhựa tiếp xúc thực phẩm phải thuộc danh mục cho phép của Luật Vệ sinh thực phẩm (hệ thống positive list từ 6/2020). In ký hiệu phân loại tái chế (プラ, 紙). Pallet và thùng gỗ xử lý theo ISPM 15.',
    packagingEn:
      'Plastics in contact with food must be on the Food Sanitation Act positive list (since June 2020). Print the recycling identification marks (プラ, 紙). Wood pallets and crates treated to ISPM 15.',
    documents: [
      doc(
        'Tờ khai nhập khẩu thực phẩm (食品等輸入届出書) do nhà nhập khẩu nộp cho trạm kiểm dịch của Bộ Y tế, Lao động và Phúc lợi (MHLW) cho từng lô',
        'Notification form for importation of foods, filed by the importer with the MHLW quarantine station for every shipment',
      ),
      doc(
        'Hóa đơn thương mại, phiếu đóng gói, vận đơn',
        'Commercial invoice, packing list, bill of lading',
      ),
      doc(
        'Bảng thành phần và quy trình sản xuất để nhà nhập khẩu kiểm tra phụ gia được phép',
        'Ingredient list and manufacturing process chart, so the importer can check the additives are permitted',
      ),
      doc(
        'Phiếu kiểm nghiệm lô đầu: dư lượng thuốc BVTV theo hệ thống positive list (mức chung 0,01 ppm khi chưa có giới hạn riêng), vi sinh, phụ gia',
        'Test report for the first shipment: pesticide residues under the positive list system (0.01 ppm uniform limit where no specific limit exists), microbiology, additives',
      ),
      doc(
        'Giấy chứng nhận xuất xứ mẫu VJ (VJEPA) hoặc AJ (AJCEP), hoặc tự chứng nhận theo CPTPP, để hưởng thuế ưu đãi',
        'Certificate of origin form VJ (VJEPA) or AJ (AJCEP), or CPTPP self-certification, for preferential duty',
      ),
      doc(
        'Giấy chứng nhận kiểm dịch thực vật cho nông sản tươi; trái cây tươi (thanh long, xoài, vải, nhãn…) phải xử lý hơi nước nóng (VHT) theo quy định của MAFF',
        'Phytosanitary certificate for fresh produce; fresh fruit (dragon fruit, mango, lychee, longan…) must be vapour-heat treated as MAFF requires',
      ),
    ],
    moqTextVi:
      'Thường từ 1 pallet mỗi mã hàng, ghép container; khách lớn đặt nguyên container 20 ft',
    moqTextEn:
      'Usually from one pallet per item in a shared container; large buyers order full 20-ft containers',
    contacts: [
      { ...trade('Thương vụ Việt Nam tại Nhật Bản', 'market information, importer introductions') },
      {
        name: 'JETRO',
        organization: 'Japan External Trade Organization',
        role: 'Import rules, buyer programmes',
        website: 'https://www.jetro.go.jp/en/',
      },
    ],
    notesVi:
      'Quy tắc 1/3 (3分の1ルール) của ngành bán lẻ Nhật: hàng phải đến nhà bán lẻ trong 1/3 đầu thời hạn sử dụng, tức còn khoảng 67% hạn khi giao. Một số chuỗi đã nới sang 1/2 cho đồ uống và thực phẩm khô, nhưng nên tính theo 2/3.',
    notesEn:
      'Japanese retail’s one-third rule (3分の1ルール): goods must reach the retailer within the first third of their shelf life, about 67 % remaining on delivery. Some chains relaxed it to one half for drinks and dry food; plan for two thirds.',
  },
  {
    country: 'EU',
    retailerName: null,
    titleVi: 'Liên minh châu Âu — yêu cầu chung đối với thực phẩm nhập khẩu',
    titleEn: 'European Union — general requirements for imported food',
    requiredCertifications: ['haccp'],
    anyOfCertifications: ['brcgs', 'ifs', 'fssc22000'],
    minRemainingShelfLifePercent: 60,
    transitDays: 35,
    labellingVi:
      'Quy định (EU) số 1169/2011: tên thực phẩm; danh sách thành phần với 14 nhóm chất gây dị ứng được làm nổi bật; lượng thành phần chính (QUID); khối lượng tịnh; hạn dùng; điều kiện bảo quản; tên và địa chỉ doanh nghiệp chịu trách nhiệm tại EU; nước xuất xứ khi bắt buộc; bảng dinh dưỡng. Ngôn ngữ dễ hiểu với người tiêu dùng của nước thành viên nơi bán (thường là ngôn ngữ chính thức của nước đó); chữ cao tối thiểu 1,2 mm (chiều cao chữ x).',
    labellingEn:
      'Regulation (EU) No 1169/2011: name of the food; ingredients with the 14 allergen groups emphasised; quantity of key ingredients (QUID); net quantity; date marking; storage conditions; name and address of the food business operator in the EU; country of origin where required; nutrition declaration. In a language easily understood by consumers of the member state where it is sold (usually its official language); minimum x-height 1.2 mm.',
    packagingVi:
      'Vật liệu tiếp xúc thực phẩm theo Quy định (EC) 1935/2004 và (EU) 10/2011 đối với nhựa. Pallet gỗ xử lý ISPM 15. Quy định bao bì mới (EU) 2025/40 (PPWR) áp dụng từ 12/8/2026.',
    packagingEn:
      'Food contact materials under Regulation (EC) 1935/2004 and, for plastics, (EU) 10/2011. Wood pallets to ISPM 15. The new Packaging Regulation (EU) 2025/40 (PPWR) applies from 12 August 2026.',
    documents: [
      doc(
        'Giấy chứng nhận xuất xứ EUR.1 theo EVFTA để hưởng thuế ưu đãi',
        'EUR.1 certificate of origin under the EVFTA for preferential duty',
      ),
      doc(
        'Hóa đơn thương mại, phiếu đóng gói, vận đơn',
        'Commercial invoice, packing list, bill of lading',
      ),
      doc(
        'Giấy chứng nhận kiểm dịch thực vật cho rau quả tươi (Quy định (EU) 2016/2031)',
        'Phytosanitary certificate for fresh fruit and vegetables (Regulation (EU) 2016/2031)',
      ),
      doc(
        'Sản phẩm nguồn gốc động vật (thủy sản, mật ong…): giấy chứng nhận y tế và cơ sở có trong danh sách được phép xuất khẩu vào EU',
        'Products of animal origin (seafood, honey…): health certificate, and the establishment on the EU list of approved establishments',
      ),
      doc(
        'Phiếu kiểm nghiệm dư lượng thuốc BVTV (Quy định (EC) 396/2005) và chất nhiễm bẩn như aflatoxin (Quy định (EU) 2023/915)',
        'Test reports for pesticide residues (Regulation (EC) 396/2005) and contaminants such as aflatoxins (Regulation (EU) 2023/915)',
      ),
      doc(
        'Ghi nhãn hữu cơ: chứng nhận theo Quy định (EU) 2018/848 và giấy chứng nhận kiểm tra (COI) trên TRACES NT',
        'Organic claims: certification under Regulation (EU) 2018/848 and a certificate of inspection (COI) in TRACES NT',
      ),
    ],
    moqTextVi: 'Đơn đầu thường từ 1 pallet đến nửa container 20 ft',
    moqTextEn: 'First orders usually one pallet to half a 20-ft container',
    contacts: [
      { ...trade('Thương vụ Việt Nam tại Bỉ và EU', 'market information, importer introductions') },
      {
        name: 'Access2Markets',
        organization: 'European Commission',
        role: 'Tariffs, rules of origin, product requirements',
        website: 'https://trade.ec.europa.eu/access-to-markets/en/home',
      },
    ],
    notesVi:
      'Một số sản phẩm của Việt Nam (ví dụ thanh long, ớt) thuộc diện tăng cường kiểm tra dư lượng thuốc BVTV tại biên giới theo Quy định (EU) 2019/1793 — xem phụ lục hiện hành trước khi gửi hàng. Các chuỗi bán lẻ lớn thường yêu cầu một tiêu chuẩn được GFSI công nhận.',
    notesEn:
      'Some Vietnamese products (e.g. dragon fruit, chilli peppers) are under increased border checks for pesticide residues under Regulation (EU) 2019/1793 — check the current annex before shipping. Large retailers usually ask for a GFSI-recognised scheme.',
  },
  {
    country: 'US',
    retailerName: null,
    titleVi: 'Hoa Kỳ — yêu cầu chung đối với thực phẩm nhập khẩu',
    titleEn: 'United States — general requirements for imported food',
    requiredCertifications: ['fda-ffr'],
    anyOfCertifications: ['haccp', 'iso22000', 'fssc22000', 'brcgs'],
    labelLanguages: ['en'],
    minRemainingShelfLifePercent: 50,
    transitDays: 35,
    labellingVi:
      'Tiếng Anh (21 CFR 101): tên sản phẩm; khối lượng tịnh theo cả đơn vị Mỹ và hệ mét; thành phần; bảng Nutrition Facts; 9 chất gây dị ứng chính (FALCPA và Luật FASTER, thêm vừng từ 1/1/2023); tên và địa chỉ nhà sản xuất, đóng gói hoặc phân phối; nước xuất xứ ("Product of Vietnam").',
    labellingEn:
      'English (21 CFR 101): product name; net quantity in US customary and metric units; ingredients; Nutrition Facts; the 9 major allergens (FALCPA and the FASTER Act, sesame since 1 January 2023); name and address of the manufacturer, packer or distributor; country of origin ("Product of Vietnam").',
    packagingVi:
      'Chất tiếp xúc thực phẩm phải được phép theo 21 CFR 174–186. Pallet gỗ xử lý ISPM 15. Thực phẩm đóng hộp axit thấp hoặc đã axit hóa: đăng ký cơ sở chế biến (FCE) và nộp quy trình (SID) với FDA (21 CFR 108, 113, 114).',
    packagingEn:
      'Food contact substances must be permitted under 21 CFR 174–186. Wood pallets to ISPM 15. Low-acid or acidified canned foods: food canning establishment (FCE) registration and process filing (SID) with FDA (21 CFR 108, 113, 114).',
    documents: [
      doc(
        'Đăng ký cơ sở thực phẩm với FDA (gia hạn từ 1/10 đến 31/12 các năm chẵn) và chỉ định đại diện tại Mỹ (U.S. Agent)',
        'FDA food facility registration (renewed 1 October – 31 December of even years) with a designated U.S. Agent',
      ),
      doc(
        'Thông báo trước (Prior Notice) gửi FDA trước khi hàng đến',
        'Prior Notice to FDA before the shipment arrives',
      ),
      doc(
        'Hóa đơn thương mại, phiếu đóng gói, vận đơn; khai báo ISF (10+2) trước khi xếp hàng lên tàu',
        'Commercial invoice, packing list, bill of lading; ISF (10+2) filed before loading',
      ),
      doc(
        'Hồ sơ kiểm soát phòng ngừa để nhà nhập khẩu thực hiện chương trình thẩm tra nhà cung cấp nước ngoài (FSVP, Luật FSMA)',
        'Preventive-controls records for the importer’s Foreign Supplier Verification Program (FSVP, FSMA)',
      ),
      doc(
        'Trái cây tươi (thanh long, vải, nhãn, chôm chôm, vú sữa, xoài…): giấy chứng nhận kiểm dịch thực vật và điều kiện của APHIS (chiếu xạ)',
        'Fresh fruit (dragon fruit, lychee, longan, rambutan, star apple, mango…): phytosanitary certificate and APHIS conditions (irradiation)',
      ),
    ],
    moqTextVi:
      'Nhà nhập khẩu châu Á thường đặt ghép container; chuỗi lớn đặt nguyên container 20–40 ft',
    moqTextEn: 'Asian importers often consolidate; large chains order full 20–40-ft containers',
    contacts: [
      { ...trade('Thương vụ Việt Nam tại Hoa Kỳ', 'market information, importer introductions') },
      {
        name: 'FDA — Food',
        organization: 'U.S. Food and Drug Administration',
        role: 'Facility registration, Prior Notice, import alerts',
        website: 'https://www.fda.gov/food',
      },
    ],
    notesVi:
      'FDA không cấp "giấy chứng nhận FDA" cho thực phẩm: đăng ký cơ sở là bắt buộc nhưng không phải phê duyệt sản phẩm. Hàng có thể bị giữ tự động theo Import Alert — tra cứu danh sách của FDA trước khi chào hàng.',
    notesEn:
      'FDA does not "certify" food: facility registration is mandatory but is not a product approval. Shipments can be detained without examination under an Import Alert — check FDA’s lists before quoting.',
  },
  {
    country: 'JP',
    retailerName: AEON_JAPAN,
    titleVi: 'AEON Nhật Bản — yêu cầu với nhà cung cấp tuần hàng Việt Nam',
    titleEn: 'AEON Japan — what the chain asks of Vietnam Goods Week suppliers',
    requiredCertifications: ['gs1-barcode'],
    anyOfCertifications: ['haccp', 'iso22000', 'fssc22000'],
    labelLanguages: ['ja'],
    minShelfLifeDays: 180,
    minRemainingShelfLifePercent: 67,
    transitDays: 21,
    labellingVi:
      'Như hướng dẫn thị trường Nhật Bản. Nhãn phụ tiếng Nhật do nhà nhập khẩu của chuỗi duyệt trước khi in; mã JAN (mã vạch GS1) trên từng đơn vị bán lẻ để quét tại quầy.',
    labellingEn:
      'As in the Japan market guide. The Japanese sub-label is approved by the chain’s importer before printing; a JAN code (GS1 barcode) on every retail unit for checkout scanning.',
    packagingVi:
      'Người mua thường yêu cầu thùng carton đồng nhất, ghi mã JAN, số đơn vị mỗi thùng và hạn dùng ở mặt bên; bao bì bán lẻ móp méo hoặc phai màu bị trả lại.',
    packagingEn:
      'Buyers usually ask for uniform cartons showing the JAN code, units per carton and best-before date on the side; dented or faded retail packs are returned.',
    documents: [
      doc(
        'Bảng thông số sản phẩm (規格書) bằng tiếng Nhật: thành phần, dị ứng, dinh dưỡng, hạn dùng, quy cách đóng gói',
        'Product specification sheet (規格書) in Japanese: ingredients, allergens, nutrition, shelf life, pack sizes',
      ),
      doc('Mẫu sản phẩm cho buổi duyệt hàng', 'Samples for the buying session'),
      doc(
        'Báo giá FOB cảng Việt Nam hoặc CIF cảng Nhật',
        'Price quote FOB Vietnamese port or CIF Japanese port',
      ),
      doc('Phiếu kiểm nghiệm lô gần nhất', 'Test report of the latest batch'),
    ],
    moqTextVi: 'Khoảng 1 pallet mỗi mã hàng cho tuần hàng; đơn đặt lại theo doanh số',
    moqTextEn: 'About one pallet per item for the week; reorders follow sales',
    contacts: [
      {
        name: 'Phòng Xúc tiến thị trường nước ngoài',
        organization: 'Trung tâm Xúc tiến Thương mại (KếtNối)',
        role: 'Đầu mối tuần hàng / Goods week contact',
        email: 'xuctien@ketnoi.vn',
      },
    ],
    notesVi:
      'Yêu cầu của chuỗi tổng hợp từ các tuần hàng Việt Nam trước — xác nhận với bộ phận thu mua trước mỗi mùa. Sản phẩm bán tốt trong tuần hàng được xem xét đặt hàng thường xuyên.',
    notesEn:
      'The chain’s asks as gathered at past Vietnam Goods Weeks — confirm them with its buyers each season. Products that sell well during the week are considered for regular orders.',
  },
];
