import type { CatalogueDistributor } from './catalogue-types.ts';

/**
 * City chains, showcase points and online marketplaces in Vietnam; importers and overseas-Vietnamese
 * networks abroad (their `province` is where their Vietnamese buying office sits).
 */
export const catalogueDistributors: readonly CatalogueDistributor[] = [
  {
    key: 'sieu-thi-ha-thanh',
    legalName: 'Công ty Cổ phần Chuỗi Siêu thị Hà Thành',
    tradingName: 'Hà Thành Mart',
    province: 'ha-noi',
    address: 'số 25 phố Láng Hạ, phường Giảng Võ, thành phố Hà Nội',
    country: 'VN',
    channel: 'supermarket-chain',
    status: 'verified',
    contact: 'Nguyễn Thị Thanh Mai',
    phone: '024 3772 8899',
    descVi:
      'Chuỗi 36 siêu thị ở Hà Nội và các tỉnh lân cận, có quầy OCOP riêng ở mỗi siêu thị; thanh toán 45 ngày, yêu cầu mã vạch và hóa đơn VAT.',
    descEn:
      '36 supermarkets in and around Hanoi with a dedicated OCOP corner in each; 45-day terms, barcodes and VAT invoices required.',
  },
  {
    key: 'cua-hang-pho-xanh',
    legalName: 'Công ty Cổ phần Chuỗi Cửa hàng Tiện lợi Phố Xanh',
    tradingName: 'Phố Xanh 24h',
    province: 'ho-chi-minh',
    address: 'số 102 đường Nguyễn Thị Minh Khai, phường Xuân Hòa, Thành phố Hồ Chí Minh',
    country: 'VN',
    channel: 'convenience-chain',
    status: 'verified',
    contact: 'Trần Quốc Huy',
    phone: '028 3930 5566',
    descVi:
      'Chuỗi 220 cửa hàng tiện lợi tại TP. Hồ Chí Minh, tìm đồ ăn vặt, đồ uống đóng gói nhỏ có hạn dùng trên sáu tháng.',
    descEn:
      '220 convenience stores in Ho Chi Minh City, looking for small-pack snacks and drinks with over six months of shelf life.',
  },
  {
    key: 'nong-san-sach-da-nang',
    legalName: 'Công ty TNHH Nông sản Sạch Đà Nẵng',
    tradingName: 'Bếp Xanh Đà Nẵng',
    province: 'da-nang',
    address: 'số 88 đường Nguyễn Văn Linh, phường Hải Châu, thành phố Đà Nẵng',
    country: 'VN',
    channel: 'agri-food-chain',
    status: 'verified',
    contact: 'Lê Thị Diệu Linh',
    phone: '0236 3656 777',
    descVi:
      'Chuỗi 18 cửa hàng thực phẩm sạch và cung ứng cho khách sạn, resort ven biển Đà Nẵng – Hội An.',
  },
  {
    key: 'sieu-thi-cang-bien',
    legalName: 'Công ty Cổ phần Siêu thị Cảng Biển Hải Phòng',
    province: 'hai-phong',
    address: 'số 5 đường Lạch Tray, phường Ngô Quyền, thành phố Hải Phòng',
    country: 'VN',
    channel: 'supermarket-chain',
    status: 'pending',
    contact: 'Phạm Văn Hải',
    phone: '0225 3845 123',
    descVi: 'Chuỗi 9 siêu thị ở Hải Phòng và Quảng Ninh, đang mở rộng quầy đặc sản vùng miền.',
  },
  {
    key: 'dac-san-mien-tay',
    legalName: 'Công ty TNHH Đặc sản Miền Tây Cần Thơ',
    province: 'can-tho',
    address: 'số 12 đường Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ',
    country: 'VN',
    channel: 'agri-food-chain',
    status: 'verified',
    contact: 'Võ Thanh Tâm',
    phone: '0292 3822 456',
    descVi:
      'Chuỗi cửa hàng đặc sản ở Cần Thơ, Vĩnh Long và sân bay Cần Thơ, nhận ký gửi sản phẩm OCOP.',
  },
  {
    key: 'ocop-thu-do',
    legalName: 'Trung tâm Giới thiệu và Bán sản phẩm OCOP Thủ đô',
    province: 'ha-noi',
    address: 'số 6 phố Cầu Gỗ, phường Hoàn Kiếm, thành phố Hà Nội',
    country: 'VN',
    channel: 'ocop-showcase',
    status: 'verified',
    contact: 'Đặng Thu Trang',
    phone: '024 3825 4321',
    descVi:
      'Điểm trưng bày và bán sản phẩm OCOP của các tỉnh giữa phố cổ, phục vụ khách du lịch và quà biếu doanh nghiệp.',
    descEn:
      'OCOP showcase and shop in the Old Quarter, serving tourists and corporate gift buyers.',
  },
  {
    key: 'cho-que-online',
    legalName: 'Công ty Cổ phần Thương mại điện tử Chợ Quê',
    tradingName: 'ChợQuê.vn',
    province: 'ho-chi-minh',
    address: 'tầng 8, số 60 đường Trường Sơn, phường Tân Sơn Hòa, Thành phố Hồ Chí Minh',
    country: 'VN',
    channel: 'online-marketplace',
    status: 'pending',
    contact: 'Ngô Minh Phát',
    phone: '028 3848 2020',
    descVi:
      'Sàn thương mại điện tử chuyên đặc sản vùng miền, giao hàng lạnh trong 24 giờ tại TP. Hồ Chí Minh và Hà Nội.',
  },
  {
    key: 'seoul-k-foods',
    legalName: 'Seoul K-Foods Import Co., Ltd.',
    province: 'ha-noi',
    address: '45 Teheran-ro, Gangnam-gu, Seoul',
    country: 'KR',
    channel: 'importer-wholesaler',
    status: 'verified',
    contact: 'Kim Min-jun',
    phone: '+82 2 555 0142',
    descVi:
      'Nhà nhập khẩu trái cây nhiệt đới và thực phẩm Việt cho chuỗi siêu thị Hàn Quốc, có văn phòng đại diện tại Hà Nội.',
    descEn:
      'Imports tropical fruit and Vietnamese foods for Korean supermarket chains; representative office in Hanoi.',
  },
  {
    key: 'pacific-rim-foods',
    legalName: 'Pacific Rim Foods Inc.',
    province: 'ho-chi-minh',
    address: '1420 Brookhurst St, Garden Grove, CA 92840',
    country: 'US',
    channel: 'importer-wholesaler',
    status: 'verified',
    contact: 'David Nguyen',
    phone: '+1 714 555 0187',
    descVi:
      'Nhà nhập khẩu, phân phối thực phẩm châu Á cho siêu thị ở California; đã đăng ký FDA, yêu cầu nhãn tiếng Anh.',
    descEn:
      'Asian food importer and distributor for California grocers; FDA-registered, English labels required.',
  },
  {
    key: 'southern-cross-asian',
    legalName: 'Southern Cross Asian Grocers Pty Ltd',
    province: 'ho-chi-minh',
    address: '210 Hopkins St, Footscray VIC 3011',
    country: 'AU',
    channel: 'importer-wholesaler',
    status: 'pending',
    contact: 'Linh Tran',
    phone: '+61 3 9555 0163',
    descVi:
      'Chuỗi tạp hóa châu Á ở Melbourne và Sydney, nhập khẩu trực tiếp hàng khô và gia vị từ Việt Nam.',
    descEn:
      'Asian grocery chain in Melbourne and Sydney importing dry goods and spices directly from Vietnam.',
  },
  {
    key: 'mekong-feinkost',
    legalName: 'Mekong Feinkost GmbH',
    province: 'ha-noi',
    address: 'Herzbergstraße 128, 10365 Berlin',
    country: 'DE',
    channel: 'importer-wholesaler',
    status: 'verified',
    contact: 'Thomas Weber',
    phone: '+49 30 5555 0172',
    descVi:
      'Nhà nhập khẩu thực phẩm đặc sản hữu cơ châu Á cho cửa hàng bio ở Đức, ưu tiên sản phẩm có chứng nhận hữu cơ EU.',
    descEn:
      'Imports organic Asian specialty foods for German organic shops; EU-organic products preferred.',
  },
  {
    key: 'saveurs-indochine',
    legalName: 'Saveurs d’Indochine SARL',
    province: 'ho-chi-minh',
    address: '42 avenue d’Ivry, 75013 Paris',
    country: 'FR',
    channel: 'importer-wholesaler',
    status: 'pending',
    contact: 'Claire Dubois',
    phone: '+33 1 55 55 01 39',
    descVi:
      'Nhà nhập khẩu đồ khô, gia vị và thủ công mỹ nghệ Việt Nam cho các cửa hàng ở khu Á châu quận 13, Paris.',
    descEn:
      'Imports Vietnamese dry goods, spices and crafts for shops in Paris’s 13th arrondissement.',
  },
  {
    key: 'osaka-vietnam-foods',
    legalName: 'Osaka Vietnam Foods Co., Ltd.',
    province: 'ho-chi-minh',
    address: '1-4-10 Namba, Chuo-ku, Osaka',
    country: 'JP',
    channel: 'importer-wholesaler',
    status: 'verified',
    contact: 'Tanaka Yuki',
    phone: '+81 6 5555 0110',
    descVi:
      'Nhà nhập khẩu cà phê, chè và trái cây sấy Việt Nam cho chuỗi siêu thị vùng Kansai; yêu cầu kiểm nghiệm dư lượng theo chuẩn Nhật.',
    descEn:
      'Imports Vietnamese coffee, tea and dried fruit for Kansai supermarket chains; Japanese residue testing required.',
  },
  {
    key: 'vietlink-australia',
    legalName: 'VietLink Distribution Pty Ltd',
    province: 'ho-chi-minh',
    address: '15 John St, Cabramatta NSW 2166',
    country: 'AU',
    channel: 'overseas-vietnamese-network',
    status: 'verified',
    contact: 'Nguyễn Hoàng Nam',
    phone: '+61 2 9555 0148',
    descVi: 'Mạng lưới phân phối của doanh nhân người Việt cho hơn 300 cửa hàng tạp hóa Việt ở Úc.',
    descEn:
      'A Vietnamese-Australian distribution network supplying over 300 Vietnamese grocery stores across Australia.',
  },
  {
    key: 'hiep-hoi-viet-duc',
    legalName: 'Viet-Duc Handelsnetzwerk e.V.',
    province: 'ha-noi',
    address: 'Dong Xuan Center, Halle 3, 10365 Berlin',
    country: 'DE',
    channel: 'overseas-vietnamese-network',
    status: 'pending',
    contact: 'Phạm Văn Đức',
    phone: '+49 30 5555 0199',
    descVi:
      'Hiệp hội các nhà bán buôn người Việt ở Đức, gom đơn hàng đặc sản cho các chợ và cửa hàng Việt ở Berlin, Leipzig.',
    descEn:
      'Association of Vietnamese wholesalers in Germany, pooling specialty orders for Vietnamese markets and shops in Berlin and Leipzig.',
  },
  {
    key: 'sg-asian-pantry',
    legalName: 'Asian Pantry Trading Pte. Ltd.',
    province: 'ho-chi-minh',
    address: '10 Ubi Crescent, Singapore 408564',
    country: 'SG',
    channel: 'importer-wholesaler',
    status: 'verified',
    contact: 'Lim Wei Ling',
    phone: '+65 6555 0123',
    descVi: 'Nhà nhập khẩu gạo thơm, trái cây và yến sào cho siêu thị và nhà hàng ở Singapore.',
    descEn:
      'Imports fragrant rice, fruit and bird’s nest for Singapore supermarkets and restaurants.',
  },
];
